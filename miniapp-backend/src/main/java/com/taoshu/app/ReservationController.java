package com.taoshu.app;

import com.taoshu.order.Fulfilment;
import com.taoshu.reservation.ReservationService;
import com.taoshu.reservation.ReservationService.ReservationView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "预约")
@RestController
@RequestMapping("/api/app/reservations")
public class ReservationController {

    private final ReservationService reservations;

    public ReservationController(ReservationService reservations) {
        this.reservations = reservations;
    }

    public record ReserveRequest(
            @NotNull(message = "请选择要预约的书") @Positive(message = "图书不正确") Long bookId,
            @NotNull(message = "请选择分馆") @Positive(message = "分馆不正确") Long branchId,
            Fulfilment fulfilment,
            @Positive(message = "地址不正确") Long addressId) {
    }

    @Operation(summary = "预约：该分馆暂无可借复本时排队；到书后自动生成订单（到馆自取，或已开通送书上门的读者选择送书上门）")
    @Idempotent
    @PostMapping
    public ApiResponse<ReservationView> reserve(ReaderId reader, @Valid @RequestBody ReserveRequest r) {
        return ApiResponse.ok(reservations.reserve(reader, r.bookId(), r.branchId(), r.fulfilment(), r.addressId()));
    }

    @Operation(summary = "我的预约（含排队位置）")
    @GetMapping
    public ApiResponse<List<ReservationView>> mine(ReaderId reader) {
        return ApiResponse.ok(reservations.mine(reader));
    }

    @Operation(summary = "取消预约（排队中）")
    @Idempotent
    @PostMapping("/{id}/cancel")
    public ApiResponse<ReservationView> cancel(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(reservations.cancel(reader, id));
    }
}
