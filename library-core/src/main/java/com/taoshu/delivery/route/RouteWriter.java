package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.internal.ReaderAddressMapper;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.order.BorrowOrder;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Puts orders and return pickups onto couriers' routes (planner and hand assignment alike); what it creates is planned
 * by the planner ({@link Actor#SYSTEM}) unless a librarian is named.
 */
@Component
public class RouteWriter {

    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;
    private final DeliveryRouteStore routeStore;
    private final DeliveryStopStore stopStore;
    private final ReaderAddressMapper addresses;
    private final Clock clock;

    public RouteWriter(DeliveryRouteMapper routes, DeliveryStopMapper stops, DeliveryRouteStore routeStore,
                       DeliveryStopStore stopStore, ReaderAddressMapper addresses, Clock clock) {
        this.routes = routes;
        this.stops = stops;
        this.routeStore = routeStore;
        this.stopStore = stopStore;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** The courier's route in the slot, created by the planner when missing. */
    public DeliveryRoute routeFor(long branchId, long slotId, long courierId, LocalDateTime plannedStart, int travelSeconds) {
        return routeFor(branchId, slotId, courierId, plannedStart, travelSeconds, Actor.SYSTEM);
    }

    /** The courier's route in the slot, created by {@code by} when missing. */
    public DeliveryRoute routeFor(long branchId, long slotId, long courierId, LocalDateTime plannedStart, int travelSeconds,
                                  Actor by) {
        DeliveryRoute existing = find(slotId, courierId);
        if (existing != null) {
            return existing;
        }
        try {
            DeliveryRoute route = DeliveryRoute.plan(branchId, slotId, courierId, plannedStart, travelSeconds, by,
                    LocalDateTime.now(clock));
            routeStore.insert(route);
            return route;
        } catch (DuplicateKeyException e) {
            return find(slotId, courierId);
        }
    }

    private DeliveryRoute find(long slotId, long courierId) {
        return routes.selectOne(Wrappers.<DeliveryRoute>lambdaQuery().eq(DeliveryRoute::getSlotId, slotId)
                .eq(DeliveryRoute::getCourierId, courierId));
    }

    public DeliveryStop addStop(DeliveryRoute route, BorrowOrder order, int seq, LocalDateTime plannedArrival) {
        return addStop(route, order, seq, plannedArrival, Actor.SYSTEM);
    }

    public DeliveryStop addStop(DeliveryRoute route, BorrowOrder order, int seq, LocalDateTime plannedArrival, Actor by) {
        return addStop(route, order, addresses.selectById(order.getAddressId()), seq, plannedArrival, by);
    }

    /** The order's stop at {@code address} (its own, already read: the planner reads a slot's addresses in one query). */
    public DeliveryStop addStop(DeliveryRoute route, BorrowOrder order, ReaderAddress address, int seq,
                                LocalDateTime plannedArrival) {
        return addStop(route, order, address, seq, plannedArrival, Actor.SYSTEM);
    }

    private DeliveryStop addStop(DeliveryRoute route, BorrowOrder order, ReaderAddress address, int seq,
                                 LocalDateTime plannedArrival, Actor by) {
        DeliveryStop stop = DeliveryStop.of(route.getId(), order.getId(), seq, order.getReaderId(), address.getId(),
                address.getLat(), address.getLng(), plannedArrival, by, LocalDateTime.now(clock));
        stopStore.insert(stop);
        return stop;
    }

    /** The pickup's stop at {@code address} (its own, already read). */
    public DeliveryStop addPickupStop(DeliveryRoute route, ReturnPickup pickup, ReaderAddress address, int seq,
                                      LocalDateTime plannedArrival) {
        DeliveryStop stop = DeliveryStop.of(route.getId(), null, pickup.getId(), seq, pickup.getReaderId(), address.getId(),
                address.getLat(), address.getLng(), plannedArrival, Actor.SYSTEM, LocalDateTime.now(clock));
        stopStore.insert(stop);
        return stop;
    }

    public int nextSeq(long routeId) {
        return Math.toIntExact(stops.selectCount(Wrappers.<DeliveryStop>lambdaQuery().eq(DeliveryStop::getRouteId, routeId))) + 1;
    }
}
