package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.internal.CourierMapper;
import com.taoshu.delivery.internal.ReaderAddressMapper;
import com.taoshu.delivery.pickup.CourierPickups;
import com.taoshu.delivery.plan.StartedRoutes;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderDeliveryService;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderStore;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A librarian puts an awaiting order on a courier's route by hand, or moves a stop not yet visited to another courier. */
@NamedInterface("route")
@Service
public class ManualDispatchService {

    private final OrderStore orders;
    private final OrderDeliveryService delivery;
    private final CourierMapper couriers;
    private final RouteWriter writer;
    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;
    private final DeliveryStopStore stopStore;
    private final StartedRoutes started;
    private final CourierPickups pickups;
    private final ReaderAddressMapper addresses;
    private final Clock clock;

    public ManualDispatchService(OrderStore orders, OrderDeliveryService delivery, CourierMapper couriers, RouteWriter writer,
                                 DeliveryRouteMapper routes, DeliveryStopMapper stops, DeliveryStopStore stopStore,
                                 StartedRoutes started, CourierPickups pickups, ReaderAddressMapper addresses, Clock clock) {
        this.orders = orders;
        this.delivery = delivery;
        this.couriers = couriers;
        this.writer = writer;
        this.routes = routes;
        this.stops = stops;
        this.stopStore = stopStore;
        this.started = started;
        this.pickups = pickups;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Transactional
    public long assign(long orderId, long courierId, StaffPrincipal by) {
        BorrowOrder order = orders.visibleTo(by, orderId);
        if (order.getStatus() != OrderStatus.AWAITING_DISPATCH || order.getSlotId() == null) {
            throw DeliveryErrorCode.ORDER_NOT_AWAITING.exception();
        }
        Courier courier = available(courierId, order.getBranchId());
        DeliveryRoute route = writer.routeFor(order.getBranchId(), order.getSlotId(), courier.getStaffId(), null, 0,
                Actor.staff(by));
        if (route.getStatus() == DeliveryRoute.Status.FINISHED) {
            throw DeliveryErrorCode.ROUTE_ALREADY_STARTED.exception("该配送员本时段的路线已结束，请改派给其他配送员");
        }
        if (route.getStatus() == DeliveryRoute.Status.STARTED) {
            // under way: the courier fetches the books at the branch on the way, the reader gets the code now
            ReaderAddress address = addresses.selectById(order.getAddressId());
            int books = (int) orders.lines(orderId).stream().filter(l -> l.isHeld()).count();
            long stopId = started.addTo(route, new StartedRoutes.NewStop(orderId, null, order.getReaderId(), address.getId(),
                    address.point(), books, 0, order.getWindowStart(), order.getWindowEnd()));
            delivery.dispatch(orderId, Actor.staff(by));
            delivery.goOut(orderId, Actor.staff(by));
            return stopId;
        }
        DeliveryStop stop = writer.addStop(route, order, writer.nextSeq(route.getId()), null, Actor.staff(by));
        started.touch(route);
        delivery.dispatch(orderId, Actor.staff(by));
        return stop.getId();
    }

    /**
     * Moves a stop not yet visited to another courier's route in the same slot; a stop of another branch's route is
     * "not found" to a librarian. Onto a route that has not set off it goes last; onto one under way it goes where it
     * costs least travel ({@link StartedRoutes#moveInto}, reached through the branch when it carries books) and goes
     * out at once. Both routes' versions change, so both couriers' apps see it.
     */
    @Transactional
    public long move(long stopId, long courierId, StaffPrincipal by) {
        DeliveryStop stop = stops.selectById(stopId);
        if (stop == null) {
            throw DeliveryErrorCode.STOP_NOT_FOUND.exception();
        }
        DeliveryRoute from = BranchScope.visible(by, routes.selectById(stop.getRouteId()), DeliveryRoute::getBranchId,
                DeliveryErrorCode.STOP_NOT_FOUND);
        if (stop.getStatus() != DeliveryStop.Status.PLANNED && stop.getStatus() != DeliveryStop.Status.OUT) {
            throw DeliveryErrorCode.STOP_FINISHED.exception();
        }
        Courier courier = available(courierId, from.getBranchId());
        DeliveryRoute to = writer.routeFor(from.getBranchId(), from.getSlotId(), courier.getStaffId(), null, 0,
                Actor.staff(by));
        if (to.getStatus() == DeliveryRoute.Status.FINISHED) {
            throw DeliveryErrorCode.ROUTE_ALREADY_STARTED.exception("该配送员本时段的路线已结束，请改派给其他配送员");
        }
        if (to.getId().equals(from.getId())) {
            return to.getId();
        }
        if (to.getStatus() == DeliveryRoute.Status.STARTED) {
            if (stop.getStatus() == DeliveryStop.Status.PLANNED) {
                if (stop.isPickup()) {
                    pickups.goOut(stop.getReturnPickupId(), Actor.staff(by));
                } else {
                    delivery.goOut(stop.getOrderId(), Actor.staff(by));
                }
                stop.goOut(Actor.staff(by), LocalDateTime.now(clock)); // recorded as the librarian's when moveInto saves it
            }
            started.moveInto(stop, to);
            return to.getId();
        }
        stop.setRouteId(to.getId());
        stop.setSeq(writer.nextSeq(to.getId()));
        stop.setPlannedArrival(null);
        if (stopStore.save(stop) == 0) {
            throw DeliveryErrorCode.STOP_FINISHED.exception();
        }
        started.touch(from);
        started.touch(to);
        started.retime(from.getId());
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
