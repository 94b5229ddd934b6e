package com.taoshu.admin;

import com.taoshu.delivery.pickup.DeskPickups;
import com.taoshu.delivery.pickup.PickupViews.PickupView;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "上门取还管理")
@RestController
@RequestMapping("/api/admin/return-pickups")
public class ReturnPickupAdminController {

    private final DeskPickups pickups;

    public ReturnPickupAdminController(DeskPickups pickups) {
        this.pickups = pickups;
    }

    @Operation(summary = "上门取还列表：status=COLLECTED 为配送员已取回、待入库的")
    @GetMapping
    public ApiResponse<PageResult<PickupView>> list(@RequestParam(required = false) Long branchId,
                                                    @RequestParam(required = false) ReturnPickup.Status status,
                                                    @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(pickups.list(branchId, status, by, page));
    }

    @Operation(summary = "上门取还详情")
    @GetMapping("/{id}")
    public ApiResponse<PickupView> detail(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(pickups.detail(id, by));
    }

    @Operation(summary = "入库：配送员带回的书逐本归还，复本回到书架")
    @Idempotent
    @PostMapping("/{id}/check-in")
    public ApiResponse<PickupView> checkIn(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(pickups.checkIn(id, by));
    }
}
