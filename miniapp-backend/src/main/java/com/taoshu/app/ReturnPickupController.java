package com.taoshu.app;

import com.taoshu.delivery.pickup.PickupViews.PickupView;
import com.taoshu.delivery.pickup.ReaderPickups;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "上门取还")
@RestController
@RequestMapping("/api/app/return-pickups")
public class ReturnPickupController {

    private final ReaderPickups pickups;

    public ReturnPickupController(ReaderPickups pickups) {
        this.pickups = pickups;
    }

    public record PickupRequest(
            @NotEmpty(message = "请选择要归还的书") @Size(max = ReaderPickups.MAX_LOANS, message = "一次最多归还20本")
            List<@NotNull(message = "借阅编号不能为空") Long> loanIds,
            @NotNull(message = "请选择上门地址") Long addressId,
            @NotNull(message = "请选择上门时段") Long slotId,
            @Schema(description = "可选：时段内期望的开始时间，如 15:30（需与 windowEnd 同填，至少30分钟）") LocalTime windowStart,
            @Schema(description = "可选：时段内期望的结束时间") LocalTime windowEnd) {
    }

    @Operation(summary = "预约上门取还：选在借的书、地址和配送时段（需已开通送书上门）")
    @Idempotent
    @PostMapping
    public ApiResponse<PickupView> request(ReaderId reader, @Valid @RequestBody PickupRequest r) {
        return ApiResponse.ok(pickups.request(reader, new ReaderPickups.Request(r.loanIds(), r.addressId(), r.slotId(),
                r.windowStart(), r.windowEnd())));
    }

    @Operation(summary = "我的上门取还（最近50条）")
    @GetMapping
    public ApiResponse<List<PickupView>> mine(ReaderId reader) {
        return ApiResponse.ok(pickups.mine(reader));
    }

    @Operation(summary = "上门取还详情：要还的书、时段、进度")
    @GetMapping("/{id}")
    public ApiResponse<PickupView> detail(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(pickups.detail(reader, id));
    }

    @Operation(summary = "取消上门取还（配送员出发前）")
    @Idempotent
    @PostMapping("/{id}/cancel")
    public ApiResponse<PickupView> cancel(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(pickups.cancel(reader, id));
    }
}
