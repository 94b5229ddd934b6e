package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.upgrade.CardApplication;
import com.taoshu.upgrade.CardApplicationService;
import com.taoshu.upgrade.CardApplicationService.CardApplicationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "用户升级审核")
@RestController
@RequestMapping("/api/admin/card-applications")
public class CardApplicationAdminController {

    private final CardApplicationService applications;

    public CardApplicationAdminController(CardApplicationService applications) {
        this.applications = applications;
    }

    public record ApproveRequest(@Size(max = 255, message = "说明不能超过255个字") String note) {
    }

    public record RejectRequest(@Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    @Operation(summary = "诚信通申请（默认待审核）；按读者所属分馆筛选，馆员看本馆读者的申请")
    @GetMapping
    public ApiResponse<PageResult<CardApplicationView>> list(@RequestParam(required = false) CardApplication.Status status,
                                                         @RequestParam(required = false) Long branchId,
                                                         @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(applications.queue(status, branchId, by, page));
    }

    @Operation(summary = "通过诚信通申请：读者的借阅证变为诚信通（记入借阅证变更记录）")
    @Idempotent
    @PostMapping("/{id}/approve")
    public ApiResponse<CardApplicationView> approve(@PathVariable long id, @Valid @RequestBody(required = false) ApproveRequest r,
                                                StaffPrincipal by) {
        return ApiResponse.ok(applications.approve(id, r == null ? null : r.note(), by));
    }

    @Operation(summary = "驳回诚信通申请（必须填写原因，读者可见）")
    @Idempotent
    @PostMapping("/{id}/reject")
    public ApiResponse<CardApplicationView> reject(@PathVariable long id, @Valid @RequestBody(required = false) RejectRequest r,
                                               StaffPrincipal by) {
        return ApiResponse.ok(applications.reject(id, r == null ? null : r.reason(), by));
    }
}
