package com.taoshu.admin;

import com.taoshu.loan.reservation.Reservation;
import com.taoshu.loan.reservation.ReservationService;
import com.taoshu.loan.reservation.ReservationService.ReservationView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
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

    @Operation(summary = "预约队列（先到先得，可按书、分馆、状态筛选）")
    @GetMapping
    public ApiResponse<PageResult<ReservationView>> queue(@RequestParam(required = false) Long bookId,
                                                          @RequestParam(required = false) Long branchId,
                                                          @RequestParam(required = false) Reservation.Status status,
                                                          @Valid PageQuery page) {
        return ApiResponse.ok(reservations.queue(bookId, branchId, status, page));
    }
}
