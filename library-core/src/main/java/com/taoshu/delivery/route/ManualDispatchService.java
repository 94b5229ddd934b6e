package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.CourierMapper;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderDeliveryService;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderStore;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A librarian puts an awaiting order on a courier's route by hand, or moves a planned stop to another courier. */
@Service
public class ManualDispatchService {

    private final OrderStore orders;
    private final OrderDeliveryService delivery;
    private final CourierMapper couriers;
    private final RouteWriter writer;
    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;

    public ManualDispatchService(OrderStore orders, OrderDeliveryService delivery, CourierMapper couriers, RouteWriter writer,
                                 DeliveryRouteMapper routes, DeliveryStopMapper stops) {
        this.orders = orders;
        this.delivery = delivery;
        this.couriers = couriers;
        this.writer = writer;
        this.routes = routes;
        this.stops = stops;
    }

    @Transactional
    public long assign(long orderId, long courierId, StaffPrincipal by) {
        BorrowOrder order = orders.visibleTo(by, orderId);
        if (order.getStatus() != OrderStatus.AWAITING_DISPATCH || order.getSlotId() == null) {
            throw DeliveryErrorCode.ORDER_NOT_AWAITING.exception();
        }
        Courier courier = available(courierId, order.getBranchId());
        DeliveryRoute route = writer.routeFor(order.getBranchId(), order.getSlotId(), courier.getStaffId(), null, 0);
        if (route.getStatus() != DeliveryRoute.Status.PLANNED) {
            throw DeliveryErrorCode.ROUTE_ALREADY_STARTED.exception();
        }
        DeliveryStop stop = writer.addStop(route, order, writer.nextSeq(route.getId()), null);
        delivery.dispatch(orderId, Actor.staff(by));
        return stop.getId();
    }

    /**
     * Moves a stop of a route that has not set off to another courier's route in the same slot (last on it); a stop of
     * another branch's route is "not found" to a librarian.
     */
    @Transactional
    public long move(long stopId, long courierId, StaffPrincipal by) {
        DeliveryStop stop = stops.selectById(stopId);
        if (stop == null) {
            throw DeliveryErrorCode.STOP_NOT_FOUND.exception();
        }
        DeliveryRoute from = BranchScope.visible(by, routes.selectById(stop.getRouteId()), DeliveryRoute::getBranchId,
                DeliveryErrorCode.STOP_NOT_FOUND);
        if (from.getStatus() != DeliveryRoute.Status.PLANNED) {
            throw DeliveryErrorCode.ROUTE_ALREADY_STARTED.exception();
        }
        Courier courier = available(courierId, from.getBranchId());
        DeliveryRoute to = writer.routeFor(from.getBranchId(), from.getSlotId(), courier.getStaffId(), null, 0);
        if (to.getStatus() != DeliveryRoute.Status.PLANNED) {
            throw DeliveryErrorCode.ROUTE_ALREADY_STARTED.exception();
        }
        stop.setRouteId(to.getId());
        stop.setSeq(writer.nextSeq(to.getId()));
        stop.setPlannedArrival(null);
        if (stops.updateById(stop) == 0) {
            throw DeliveryErrorCode.STOP_FINISHED.exception();
        }
        return to.getId();
    }

    private Courier available(long courierId, long branchId) {
        Courier courier = couriers.selectById(courierId);
        if (courier == null) {
            throw DeliveryErrorCode.COURIER_NOT_FOUND.exception();
        }
        if (Boolean.TRUE.equals(courier.getOnLeave()) || courier.getBranchId() != branchId) {
            throw DeliveryErrorCode.COURIER_UNAVAILABLE.exception();
        }
        return courier;
    }

    public long countStops(long routeId) {
        return stops.selectCount(Wrappers.<DeliveryStop>lambdaQuery().eq(DeliveryStop::getRouteId, routeId));
    }
}
