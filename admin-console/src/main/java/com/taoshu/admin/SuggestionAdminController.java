package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.suggestion.Suggestion;
import com.taoshu.suggestion.SuggestionQueueService;
import com.taoshu.suggestion.SuggestionQueueService.GroupView;
import com.taoshu.suggestion.SuggestionViews.SuggestionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "阅读建议与荐购处理")
@RestController
@RequestMapping("/api/admin")
public class SuggestionAdminController {

    private final SuggestionQueueService queue;

    public SuggestionAdminController(SuggestionQueueService queue) {
        this.queue = queue;
    }

    public record ReplyRequest(@NotBlank(message = "请填写回复内容") @Size(max = 1000, message = "回复不能超过1000个字") String reply) {
    }

    public record DecisionRequest(@Size(max = 1000, message = "回复不能超过1000个字") String reply) {
    }

    public record RejectRequest(@NotBlank(message = "请填写不予采纳的原因") @Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    public record PurchasedRequest(@Size(max = 20, message = "ISBN过长") String isbn,
                                   @Size(max = 1000, message = "回复不能超过1000个字") String reply) {
    }

    @Operation(summary = "建议与荐购队列：按类型（SUGGESTION / PURCHASE）和状态筛选，最早的在前；荐购附同ISBN待处理数")
    @GetMapping("/suggestions")
    public ApiResponse<PageResult<SuggestionView>> queue(@RequestParam(required = false) Suggestion.Type type,
                                                         @RequestParam(required = false) Suggestion.Status status,
                                                         @Valid PageQuery page) {
        return ApiResponse.ok(queue.queue(type, status, page));
    }

    @Operation(summary = "建议或荐购详情及处理记录")
    @GetMapping("/suggestions/{id}")
    public ApiResponse<SuggestionView> detail(@PathVariable long id) {
        return ApiResponse.ok(queue.detail(id));
    }

    @Operation(summary = "回复读者（不改变状态）")
    @Idempotent
    @PostMapping("/suggestions/{id}/reply")
    public ApiResponse<SuggestionView> reply(@PathVariable long id, @Valid @RequestBody ReplyRequest r, StaffPrincipal by) {
        return ApiResponse.ok(queue.reply(id, r.reply(), Actor.staff(by)));
    }

    @Operation(summary = "采纳（可附回复）")
    @Idempotent
    @PostMapping("/suggestions/{id}/accept")
    public ApiResponse<SuggestionView> accept(@PathVariable long id, @Valid @RequestBody DecisionRequest r, StaffPrincipal by) {
        return ApiResponse.ok(queue.accept(id, r.reply(), Actor.staff(by)));
    }

    @Operation(summary = "不予采纳（填写原因）")
    @Idempotent
    @PostMapping("/suggestions/{id}/reject")
    public ApiResponse<SuggestionView> reject(@PathVariable long id, @Valid @RequestBody RejectRequest r, StaffPrincipal by) {
        return ApiResponse.ok(queue.reject(id, r.reason(), Actor.staff(by)));
    }

    @Operation(summary = "荐购标记为已采购（只填了书名的荐购需补ISBN）；首个复本编目入藏后自动为读者预约")
    @Idempotent
    @PostMapping("/suggestions/{id}/purchased")
    public ApiResponse<SuggestionView> purchased(@PathVariable long id, @Valid @RequestBody PurchasedRequest r, StaffPrincipal by) {
        return ApiResponse.ok(queue.purchased(id, r.isbn(), r.reply(), Actor.staff(by)));
    }

    @Operation(summary = "待处理荐购按ISBN合并：每个ISBN的荐购人数，人数多的在前")
    @GetMapping("/purchase-requests/groups")
    public ApiResponse<PageResult<GroupView>> groups(@Valid PageQuery page) {
        return ApiResponse.ok(queue.purchaseGroups(page));
    }

    @Operation(summary = "把某ISBN的全部待处理荐购一次标记为已采购")
    @Idempotent
    @PostMapping("/purchase-requests/groups/{isbn}/purchased")
    public ApiResponse<Map<String, Integer>> purchasedGroup(@PathVariable String isbn, @Valid @RequestBody DecisionRequest r,
                                                            StaffPrincipal by) {
        return ApiResponse.ok(Map.of("purchased", queue.purchasedGroup(isbn, r.reply(), Actor.staff(by))));
    }
}
