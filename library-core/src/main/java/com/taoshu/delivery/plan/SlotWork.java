package com.taoshu.delivery.plan;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.internal.CourierMapper;
import com.taoshu.delivery.internal.ReaderAddressMapper;
import com.taoshu.delivery.pickup.CourierPickups;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.delivery.route.DeliveryRoute;
import com.taoshu.delivery.route.DeliveryRouteMapper;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.delivery.route.DeliveryStopMapper;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A slot's work as the planner sees it, read in a fixed number of queries whatever the number of jobs or doors (at most
 * ten: waiting orders, waiting pickups, the branch, the slot's routes, the couriers, the stops of routes yet to set off
 * and their orders and pickups, every job's address, the books each order holds). Never a query per job: a slot of 200
 * doors reads as often as one of 3.
 */
@Component
class SlotWork {

    private final OrderStore orders;
    private final CourierPickups pickups;
    private final Branches branches;
    private final CourierMapper couriers;
    private final ReaderAddressMapper addresses;
    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;

    SlotWork(OrderStore orders, CourierPickups pickups, Branches branches, CourierMapper couriers,
             ReaderAddressMapper addresses, DeliveryRouteMapper routes, DeliveryStopMapper stops) {
        this.orders = orders;
        this.pickups = pickups;
        this.branches = branches;
        this.couriers = couriers;
        this.addresses = addresses;
        this.routes = routes;
        this.stops = stops;
    }

    /**
     * What to plan: the new jobs ({@code waiting}: orders AWAITING_DISPATCH, then pickups REQUESTED, oldest first) and
     * the jobs on routes that have not set off ({@code kept}, planned again with them); the couriers free to ride (at
     * work, not out on this slot); the routes to plan again and their stops. {@code departed}: couriers already out on
     * this slot (their routes are left alone).
     */
    record Work(DeliverySlot slot, Branch branch, List<Job> waiting, List<Job> kept, List<Courier> free,
                Set<Long> departed, List<DeliveryRoute> replannable, List<DeliveryStop> keptStops) {

        static Work nothing(DeliverySlot slot) {
            return new Work(slot, null, List.of(), List.of(), List.of(), Set.of(), List.of(), List.of());
        }

        boolean nothingNew() {
            return waiting.isEmpty();
        }

        GeoPoint branchPoint() {
            return new GeoPoint(branch.getLat().doubleValue(), branch.getLng().doubleValue());
        }

        /** New jobs first, then those already on a route yet to set off. */
        List<Job> all() {
            return Stream.concat(waiting.stream(), kept.stream()).toList();
        }
    }

    Work load(DeliverySlot slot) {
        List<BorrowOrder> waitingOrders = orders.awaitingDispatch(List.of(slot.getId()));
        List<ReturnPickup> waitingPickups = pickups.waiting(slot.getId());
        if (waitingOrders.isEmpty() && waitingPickups.isEmpty()) {
            return Work.nothing(slot); // nothing new: nothing changes
        }
        Branch branch = branches.find(slot.getBranchId())
                .orElseThrow(() -> new IllegalStateException("branch " + slot.getBranchId() + " of slot " + slot.getId() + " is gone"));
        List<DeliveryRoute> slotRoutes = routes.selectList(Wrappers.<DeliveryRoute>lambdaQuery()
                .eq(DeliveryRoute::getSlotId, slot.getId()));
        // routes that have not set off are planned again together with the new jobs; started ones are left alone
        List<DeliveryRoute> replannable = slotRoutes.stream().filter(r -> r.getStatus() == DeliveryRoute.Status.PLANNED).toList();
        Set<Long> departed = slotRoutes.stream().filter(r -> r.getStatus() != DeliveryRoute.Status.PLANNED)
                .map(DeliveryRoute::getCourierId).collect(Collectors.toSet());
        List<Courier> free = couriers.selectList(Wrappers.<Courier>lambdaQuery().eq(Courier::getBranchId, branch.getId())
                        .eq(Courier::getOnLeave, false)).stream()
                .filter(c -> !departed.contains(c.getStaffId()))
                .toList();
        List<DeliveryStop> keptStops = replannable.isEmpty() ? List.of() : stops.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .in(DeliveryStop::getRouteId, replannable.stream().map(DeliveryRoute::getId).toList())
                .orderByAsc(DeliveryStop::getId));
        Map<Long, BorrowOrder> keptOrders = byId(orders.byIds(ids(keptStops, DeliveryStop::getOrderId)), BorrowOrder::getId);
        List<Long> keptPickupIds = ids(keptStops, DeliveryStop::getReturnPickupId);
        Map<Long, ReturnPickup> keptPickups = pickups.byIds(keptPickupIds);

        List<BorrowOrder> allOrders = Stream.concat(waitingOrders.stream(), keptOrders.values().stream()).toList();
        List<ReturnPickup> allPickups = Stream.concat(waitingPickups.stream(), keptPickups.values().stream()).toList();
        List<Long> addressIds = Stream.concat(allOrders.stream().map(BorrowOrder::getAddressId),
                allPickups.stream().map(ReturnPickup::getAddressId)).filter(Objects::nonNull).distinct().toList();
        Map<Long, ReaderAddress> places = byId(addressIds.isEmpty() ? List.of() : addresses.selectByIds(addressIds),
                ReaderAddress::getId);
        Map<Long, Integer> held = orders.heldBooks(allOrders.stream().map(BorrowOrder::getId).toList());

        List<Job> waiting = new ArrayList<>();
        waitingOrders.forEach(o -> waiting.add(Job.delivery(o, place(places, o.getAddressId(), "order", o.getId()),
                held.getOrDefault(o.getId(), 0), false)));
        waitingPickups.forEach(p -> waiting.add(Job.collection(p, place(places, p.getAddressId(), "pickup", p.getId()), false)));
        List<Job> kept = keptStops.stream().map(st -> {
            if (st.isPickup()) {
                ReturnPickup p = found(keptPickups, st.getReturnPickupId(), "pickup");
                return Job.collection(p, place(places, p.getAddressId(), "pickup", p.getId()), true);
            }
            BorrowOrder o = found(keptOrders, st.getOrderId(), "order");
            return Job.delivery(o, place(places, o.getAddressId(), "order", o.getId()), held.getOrDefault(o.getId(), 0), true);
        }).toList();
        return new Work(slot, branch, waiting, kept, free, departed, replannable, keptStops);
    }

    private static List<Long> ids(Collection<DeliveryStop> stops, Function<DeliveryStop, Long> id) {
        return stops.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<Long, T> byId(Collection<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private static <T> T found(Map<Long, T> rows, Long id, String what) {
        T row = rows.get(id);
        if (row == null) {
            throw new IllegalStateException(what + " " + id + " of a planned stop is gone");
        }
        return row;
    }

    private static ReaderAddress place(Map<Long, ReaderAddress> places, Long addressId, String what, long id) {
        ReaderAddress address = addressId == null ? null : places.get(addressId);
        if (address == null) {
            throw new IllegalStateException(what + " " + id + " has no address to deliver to (" + addressId + ")");
        }
        return address;
    }
}
