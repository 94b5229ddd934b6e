package com.taoshu.delivery.plan;

import com.taoshu.delivery.pickup.CourierPickups;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.delivery.pickup.ReturnPickupErrorCode;
import com.taoshu.delivery.route.DeliveryRoute;
import com.taoshu.delivery.route.DeliveryRouteMapper;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.delivery.route.DeliveryStopMapper;
import com.taoshu.delivery.route.RouteWriter;
import com.taoshu.delivery.solver.Solution;
import com.taoshu.delivery.solver.UnassignedReason;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderErrorCode;
import com.taoshu.order.OrderStore;
import com.taoshu.shared.error.ErrorCode;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a solved plan: the routes of couriers who ride (planned start, travel), their stops in visiting order with
 * planned arrivals (a door with two jobs is two consecutive stops with one arrival), the new jobs moved to DISPATCHED
 * through their status gates, the routes nobody rides any more removed, and why each job left over was not planned.
 */
@Component
class PlanWriter {

    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;
    private final RouteWriter writer;
    private final OrderStore orders;
    private final CourierPickups pickups;
    private final Clock clock;

    PlanWriter(DeliveryRouteMapper routes, DeliveryStopMapper stops, RouteWriter writer, OrderStore orders,
               CourierPickups pickups, Clock clock) {
        this.routes = routes;
        this.stops = stops;
        this.writer = writer;
        this.orders = orders;
        this.pickups = pickups;
        this.clock = clock;
    }

    /**
     * One transaction. The new orders are read again here, all in one query, and each moves through its status gate under
     * its optimistic version: an order cancelled or changed since {@link SlotWork} read it fails the plan, which then
     * writes nothing (as two planners racing for a slot would).
     */
    @Transactional
    public void write(SlotWork.Work work, VisitBuilder.Visits visits, Solution solution) {
        LocalDateTime midnight = work.slot().getSlotDate().atStartOfDay();
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, BorrowOrder> current = orders.byIds(work.waiting().stream().filter(Job::isDelivery)
                        .map(job -> job.order().getId()).toList()).stream()
                .collect(Collectors.toMap(BorrowOrder::getId, Function.identity()));
        Map<Long, ReturnPickup> currentPickups = pickups.byIds(work.waiting().stream().filter(job -> !job.isDelivery())
                .map(job -> job.pickup().getId()).toList());
        if (!work.keptStops().isEmpty()) {
            stops.deleteByIds(work.keptStops().stream().map(DeliveryStop::getId).toList());
        }
        Set<Long> used = new HashSet<>();
        for (Solution.Route route : solution.routes()) {
            if (route.visits().isEmpty()) {
                continue;
            }
            LocalDateTime start = midnight.plusSeconds(Math.round(route.departure()));
            int travel = (int) Math.round(route.travelSeconds());
            DeliveryRoute saved = writer.routeFor(work.branch().getId(), work.slot().getId(), Long.parseLong(route.vehicleId()),
                    start, travel);
            saved.setPlannedStart(start);
            saved.setTravelSeconds(travel);
            routes.updateById(saved);
            used.add(saved.getId());
            int seq = 1;
            for (Solution.Visit visit : route.visits()) {
                LocalDateTime arrival = midnight.plusSeconds(Math.round(visit.serviceStart()));
                for (Job job : visits.jobsOf(visit.stopId())) {
                    if (job.isDelivery()) {
                        writer.addStop(saved, job.order(), job.address(), seq++, arrival);
                        if (!job.kept()) {
                            BorrowOrder order = current(current, job.order().getId(), OrderErrorCode.ORDER_NOT_FOUND);
                            order.dispatch(Actor.SYSTEM, now);
                            orders.save(order);
                        }
                    } else {
                        writer.addPickupStop(saved, job.pickup(), job.address(), seq++, arrival);
                        if (!job.kept()) {
                            pickups.dispatch(current(currentPickups, job.pickup().getId(),
                                    ReturnPickupErrorCode.PICKUP_NOT_FOUND), Actor.SYSTEM);
                        }
                    }
                }
            }
        }
        work.replannable().stream().filter(r -> !used.contains(r.getId())).forEach(r -> routes.deleteById(r.getId()));
        boolean noCourier = visits.vehicles().isEmpty();
        for (Solution.Unassigned unassigned : solution.unassigned()) {
            String reason = reasonText(unassigned.reason(), noCourier);
            for (Job job : visits.jobsOf(unassigned.stopId())) {
                if (job.isDelivery()) {
                    BorrowOrder order = current(current, job.order().getId(), OrderErrorCode.ORDER_NOT_FOUND);
                    order.setDispatchNote(reason);
                    orders.save(order);
                } else {
                    pickups.note(current(currentPickups, job.pickup().getId(), ReturnPickupErrorCode.PICKUP_NOT_FOUND),
                            reason);
                }
            }
        }
    }

    /** Why the job was not planned, for librarians; it stays waiting. */
    @Transactional
    public void note(Job job, String reason) {
        if (job.isDelivery()) {
            BorrowOrder order = orders.get(job.order().getId());
            order.setDispatchNote(reason);
            orders.save(order);
        } else {
            pickups.note(job.pickup().getId(), reason);
        }
    }

    /** The row as read again in this transaction; {@code missing} when it is gone meanwhile. */
    private static <T> T current(Map<Long, T> current, long id, ErrorCode missing) {
        T row = current.get(id);
        if (row == null) {
            throw missing.exception();
        }
        return row;
    }

    static String reasonText(UnassignedReason reason, boolean noCourier) {
        if (noCourier) {
            return "本时段没有可用的配送员（请假或已出发），请手工指派或改约";
        }
        return switch (reason) {
            case CAPACITY -> "书太多，任何配送员的书包都装不下，请拆单或到馆自取";
            case TIME_WINDOW -> "在配送时段内赶不到这个地址，请改约其他时段";
            case NO_VEHICLE -> "本时段配送员已排满，请手工指派或改约";
        };
    }
}
