package com.taoshu.admin;

import com.taoshu.reservation.Reservation;
import com.taoshu.reservation.ReservationService;
import com.taoshu.reservation.ReservationService.ReservationView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "预约队列")
@RestController
@RequestMapping("/api/admin/reservations")
public class ReservationAdminController {

    private final ReservationService reservations;

    public ReservationAdminController(ReservationService reservations) {
        this.reservations = reservations;
    }

    public record CancelRequest(
            @NotBlank(message = "请填写取消原因") @Size(max = 100, message = "取消原因不能超过100字") String reason) {
    }

    @Operation(summary = "预约队列（先到先得，可按书、分馆、状态筛选；含读者姓名与脱敏手机号；馆员只看本馆）")
    @GetMapping
    public ApiResponse<PageResult<ReservationView>> queue(@RequestParam(required = false) Long bookId,
                                                          @RequestParam(required = false) Long branchId,
                                                          @RequestParam(required = false) Reservation.Status status,
                                                          @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(reservations.queue(bookId, branchId, status, by, page));
    }

    @Operation(summary = "馆员取消一条排队中的预约（须填原因，写入备注；仅本馆；重复取消返回同样结果）")
    @Idempotent
    @PostMapping("/{id}/cancel")
    public ApiResponse<ReservationView> cancel(@PathVariable long id, @Valid @RequestBody CancelRequest r, StaffPrincipal by) {
        return ApiResponse.ok(reservations.cancelAtDesk(id, r.reason(), by));
    }
}
