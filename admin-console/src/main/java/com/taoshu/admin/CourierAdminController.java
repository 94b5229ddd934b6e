package com.taoshu.admin;

import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.CourierAdminService;
import com.taoshu.delivery.CourierAdminService.CourierView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "配送员管理")
@RestController
@RequestMapping("/api/admin/delivery/couriers")
public class CourierAdminController {

    private final CourierAdminService couriers;

    public CourierAdminController(CourierAdminService couriers) {
        this.couriers = couriers;
    }

    public record ProfileRequest(
            @NotNull(message = "请选择交通方式") Courier.Vehicle vehicle,
            @NotNull(message = "书包容量不能为空") @Min(value = 1, message = "书包容量至少为1本") @Max(value = 100, message = "书包容量不能超过100本")
            Integer bagCapacity,
            @NotNull(message = "上班时间不能为空") LocalTime shiftStart,
            @NotNull(message = "下班时间不能为空") LocalTime shiftEnd,
            Boolean onLeave) {

        @AssertTrue(message = "下班时间必须晚于上班时间")
        public boolean isShiftInOrder() {
            return shiftStart == null || shiftEnd == null || shiftEnd.isAfter(shiftStart);
        }

        CourierAdminService.ProfileInput input() {
            return new CourierAdminService.ProfileInput(vehicle, bagCapacity, shiftStart, shiftEnd, Boolean.TRUE.equals(onLeave));
        }
    }

    @Operation(summary = "配送员列表（可按分馆筛选；馆员只看本馆），含交通方式、书包容量、班次、是否请假")
    @GetMapping
    public ApiResponse<PageResult<CourierView>> list(@RequestParam(required = false) Long branchId, @Valid PageQuery page,
                                                     StaffPrincipal by) {
        return ApiResponse.ok(couriers.list(branchId, by, page));
    }

    @Operation(summary = "某分馆配送员最后上报的位置（调度地图；2小时内没有上报的不列出）")
    @GetMapping("/positions")
    public ApiResponse<List<CourierAdminService.CourierPosition>> positions(@RequestParam long branchId, StaffPrincipal by) {
        return ApiResponse.ok(couriers.positions(branchId, by));
    }

    @Operation(summary = "修改配送员的交通方式、书包容量、班次与请假（尚无档案的配送员账号会新建档案）")
    @Idempotent
    @PutMapping("/{staffId}")
    public ApiResponse<CourierView> update(@PathVariable long staffId, @Valid @RequestBody ProfileRequest r, StaffPrincipal by) {
        return ApiResponse.ok(couriers.update(staffId, r.input(), by));
    }
}
