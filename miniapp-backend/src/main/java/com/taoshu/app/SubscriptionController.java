package com.taoshu.app;

import com.taoshu.notify.SubscriptionService;
import com.taoshu.notify.SubscriptionService.TemplateConsent;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "订阅消息")
@RestController
@RequestMapping("/api/app/subscriptions")
public class SubscriptionController {

    private final SubscriptionService subscriptions;

    public SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    public record SubscribeRequest(
            @NotEmpty(message = "请至少提供一个订阅消息模板") @Size(max = 20, message = "一次最多订阅20个模板") List<String> templateIds) {
    }

    @Operation(summary = "可订阅的模板（含对应通知类型）与剩余可发送次数")
    @GetMapping
    public ApiResponse<List<TemplateConsent>> list(ReaderId reader) {
        return ApiResponse.ok(subscriptions.overview(reader.value()));
    }

    @Operation(summary = "读者在小程序中同意了这些模板：每个模板增加一次可发送次数")
    @PostMapping
    public ApiResponse<List<TemplateConsent>> accept(ReaderId reader, @Valid @RequestBody SubscribeRequest request) {
        return ApiResponse.ok(subscriptions.accept(reader.value(), request.templateIds()));
    }
}
