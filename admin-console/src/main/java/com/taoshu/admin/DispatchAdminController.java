package com.taoshu.admin;

import com.taoshu.delivery.UnplannedOrders;
import com.taoshu.delivery.plan.DispatchPlanner;
import com.taoshu.delivery.route.CourierRouteService;
import com.taoshu.delivery.route.ManualDispatchService;
import com.taoshu.delivery.route.RouteViews;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderReviewService;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderViews.OrderSummary;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "配送调度")
@RestController
@RequestMapping("/api/admin/delivery")
public class DispatchAdminController {

    private final RouteViews views;
    private final ManualDispatchService dispatch;
    private final CourierRouteService courierRoutes;
    private final OrderReviewService orders;
    private final DispatchPlanner planner;
    private final UnplannedOrders unplanned;

    public DispatchAdminController(RouteViews views, ManualDispatchService dispatch, CourierRouteService courierRoutes,
                                   OrderReviewService orders, DispatchPlanner planner, UnplannedOrders unplanned) {
        this.views = views;
        this.dispatch = dispatch;
        this.courierRoutes = courierRoutes;
        this.orders = orders;
        this.planner = planner;
        this.unplanned = unplanned;
    }

    @Operation(summary = "为某配送时段排线（立即运行规划；已排的不变，只排仍在等待的订单）")
    @PostMapping("/slots/{slotId}/plan")
    public ApiResponse<DispatchPlanner.PlanResult> plan(@PathVariable long slotId, StaffPrincipal by) {
        return ApiResponse.ok(planner.plan(slotId, by));
    }

    public record CourierRequest(@NotNull(message = "请选择配送员") @Positive(message = "配送员不正确") Long courierId) {
    }

    public record NoteRequest(@Size(max = 255, message = "说明不能超过255个字") String note) {
    }

    @Operation(summary = "某天的配送路线（按时段、配送员），含配送点与状态")
    @GetMapping("/routes")
    public ApiResponse<List<RouteViews.RouteView>> routes(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                                         @RequestParam(required = false) Long branchId,
                                                         @RequestParam(required = false) Long slotId, StaffPrincipal by) {
        return ApiResponse.ok(views.atDesk(date, branchId, slotId, by));
    }

    @Operation(summary = "待派送的订单（未排进路线的，含原因）")
    @GetMapping("/awaiting")
    public ApiResponse<PageResult<OrderSummary>> awaiting(@RequestParam(required = false) Long branchId, @Valid PageQuery page,
                                                          StaffPrincipal by) {
        return ApiResponse.ok(orders.queue(OrderStatus.AWAITING_DISPATCH, branchId, Fulfilment.DELIVERY, by, page));
    }

    @Operation(summary = "某天仍待派送的送书订单（地址位置与排线未排上的原因；未排线的原因为空），调度地图用")
    @GetMapping("/unplanned")
    public ApiResponse<List<UnplannedOrders.UnplannedOrder>> unplanned(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long branchId, @RequestParam(required = false) Long slotId, StaffPrincipal by) {
        return ApiResponse.ok(unplanned.of(date, branchId, slotId, by));
    }

    @Operation(summary = "手工把待派送订单排给某配送员（排在其路线末尾）")
    @Idempotent
    @PostMapping("/orders/{orderId}/assign")
    public ApiResponse<Long> assign(@PathVariable long orderId, @Valid @RequestBody CourierRequest r, StaffPrincipal by) {
        return ApiResponse.ok(dispatch.assign(orderId, r.courierId(), by));
    }

    @Operation(summary = "把未出发路线上的配送点改派给另一位配送员")
    @Idempotent
    @PostMapping("/stops/{stopId}/move")
    public ApiResponse<Long> move(@PathVariable long stopId, @Valid @RequestBody CourierRequest r, StaffPrincipal by) {
        return ApiResponse.ok(dispatch.move(stopId, r.courierId(), by));
    }

    @Operation(summary = "取书码错误次数过多被锁定的配送点：馆员核实后确认送达")
    @PostMapping("/stops/{stopId}/override")
    public ApiResponse<RouteViews.StopView> override(@PathVariable long stopId, @Valid @RequestBody(required = false) NoteRequest r,
                                                     StaffPrincipal by) {
        return ApiResponse.ok(courierRoutes.override(stopId, r == null ? null : r.note(), by));
    }
}
