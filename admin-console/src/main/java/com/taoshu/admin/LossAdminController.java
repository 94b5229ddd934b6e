package com.taoshu.admin;

import com.taoshu.loan.LoanStatus;
import com.taoshu.loan.loss.CompensationStatus;
import com.taoshu.loan.loss.LossService;
import com.taoshu.loan.loss.LossService.CompensationView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 报损/遗失 and 赔偿: a librarian handles their own branch's loans, an ADMIN any branch. */
@Tag(name = "报损与赔偿")
@RestController
@RequestMapping("/api/admin")
public class LossAdminController {

    private final LossService losses;

    public LossAdminController(LossService losses) {
        this.losses = losses;
    }

    public record LossRequest(
            @NotNull(message = "请选择遗失或损坏") LoanStatus outcome,
            @Size(max = 255, message = "备注不能超过255个字") String note,
            @PositiveOrZero(message = "赔偿金额不能为负") @Max(value = 10_000_000, message = "赔偿金额过大")
            Integer amountFen) {
    }

    public record NoteRequest(@Size(max = 255, message = "备注不能超过255个字") String note) {
    }

    public record WaiveRequest(@NotBlank(message = "请填写免除原因") @Size(max = 255, message = "备注不能超过255个字") String note) {
    }

    @Operation(summary = "登记遗失或损坏：借阅结束，复本下架；赔偿金额不填则按书目定价（分）")
    @Idempotent
    @PostMapping("/loans/{id}/loss")
    public ApiResponse<CompensationView> markLoss(@PathVariable long id, @Valid @RequestBody LossRequest r, StaffPrincipal by) {
        return ApiResponse.ok(losses.markLoss(id, r.outcome(), r.note(), r.amountFen(), by));
    }

    @Operation(summary = "赔偿列表：按状态、读者、分馆筛选，最新在前")
    @GetMapping("/compensations")
    public ApiResponse<PageResult<CompensationView>> list(@RequestParam(required = false) CompensationStatus status,
                                                          @RequestParam(required = false) Long readerId,
                                                          @RequestParam(required = false) Long branchId,
                                                          @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(losses.list(new LossService.CompensationFilter(status, readerId, branchId), by, page));
    }

    @Operation(summary = "标记赔偿已付")
    @Idempotent
    @PostMapping("/compensations/{id}/pay")
    public ApiResponse<CompensationView> pay(@PathVariable long id, @Valid @RequestBody(required = false) NoteRequest r,
                                             StaffPrincipal by) {
        return ApiResponse.ok(losses.settle(id, CompensationStatus.PAID, r == null ? null : r.note(), by));
    }

    @Operation(summary = "免除赔偿（须填原因）")
    @Idempotent
    @PostMapping("/compensations/{id}/waive")
    public ApiResponse<CompensationView> waive(@PathVariable long id, @Valid @RequestBody WaiveRequest r, StaffPrincipal by) {
        return ApiResponse.ok(losses.settle(id, CompensationStatus.WAIVED, r.note(), by));
    }
}
