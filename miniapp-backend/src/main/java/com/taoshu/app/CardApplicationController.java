package com.taoshu.app;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.upgrade.CardApplicationService;
import com.taoshu.upgrade.CardApplicationService.CardApplicationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "用户升级")
@RestController
@RequestMapping("/api/app/card-applications")
public class CardApplicationController {

    private final CardApplicationService applications;

    public CardApplicationController(CardApplicationService applications) {
        this.applications = applications;
    }

    public record CardApplicationRequest(
            @NotBlank(message = "请填写申请理由") @Size(max = 255, message = "申请理由不能超过255个字") String reason) {
    }

    @Operation(summary = "申请诚信通借阅证（需已选所属分馆、借阅证正常、无逾期图书；同一时间只能有一份待审核的申请）")
    @Idempotent
    @PostMapping
    public ApiResponse<CardApplicationView> apply(ReaderId reader, @Valid @RequestBody CardApplicationRequest r) {
        return ApiResponse.ok(applications.apply(reader, r.reason()));
    }

    @Operation(summary = "我的升级申请（最新在前），含馆员的答复")
    @GetMapping
    public ApiResponse<List<CardApplicationView>> mine(ReaderId reader) {
        return ApiResponse.ok(applications.mine(reader));
    }

    @Operation(summary = "撤回待审核的升级申请（重复撤回返回同样结果）")
    @Idempotent
    @PostMapping("/{id}/withdraw")
    public ApiResponse<CardApplicationView> withdraw(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(applications.withdraw(reader, id));
    }
}
