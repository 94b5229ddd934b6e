package com.taoshu.delivery.plan;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.BranchMapper;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.CourierMapper;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.DeliverySlotMapper;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.ReaderAddressMapper;
import com.taoshu.delivery.route.DeliveryRoute;
import com.taoshu.delivery.route.DeliveryRouteMapper;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.delivery.route.DeliveryStopMapper;
import com.taoshu.delivery.route.RouteWriter;
import com.taoshu.delivery.solver.Depot;
import com.taoshu.delivery.solver.Problem;
import com.taoshu.delivery.solver.RouteSolver;
import com.taoshu.delivery.solver.Solution;
import com.taoshu.delivery.solver.Stop;
import com.taoshu.delivery.solver.TimeWindow;
import com.taoshu.delivery.solver.TravelMatrix;
import com.taoshu.delivery.solver.UnassignedReason;
import com.taoshu.delivery.solver.Vehicle;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.BorrowOrderMapper;
import com.taoshu.order.OrderDeliveryService;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderStore;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * dispatchPlanJob for one branch and slot, under a Redisson lock (one planner per slot across instances): collects the
 * slot's AWAITING_DISPATCH orders, builds a travel-time matrix, solves (least travel time, then fewest couriers; bag
 * capacity and windows respected), writes routes and ordered stops with planned arrival times and moves the orders to
 * DISPATCHED. Couriers on leave or already out on this slot are left out; a stop that fits nowhere stays
 * AWAITING_DISPATCH with its reason for librarians. Running it again changes nothing when no order is waiting; an
 * order that arrived after planning is planned together with the routes that have not set off (their stops are
 * re-sequenced, never dropped).
 */
@Service
public class DispatchPlanner {

    private static final Logger log = LoggerFactory.getLogger(DispatchPlanner.class);
    static final double SERVICE_SECONDS = 180;
    static final Duration SOLVE_LIMIT = Duration.ofSeconds(3);

    private final DeliverySlotMapper slots;
    private final BranchMapper branches;
    private final CourierMapper couriers;
    private final BorrowOrderMapper orderMapper;
    private final OrderStore orders;
    private final OrderDeliveryService delivery;
    private final ReaderAddressMapper addresses;
    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;
    private final RouteWriter writer;
    private final TravelTimes travel;
    private final RouteSolver solver;
    private final RedissonClient redisson;
    private final TransactionTemplate tx;
    private final Clock clock;

    public DispatchPlanner(DeliverySlotMapper slots, BranchMapper branches, CourierMapper couriers,
                           BorrowOrderMapper orderMapper, OrderStore orders, OrderDeliveryService delivery,
                           ReaderAddressMapper addresses, DeliveryRouteMapper routes, DeliveryStopMapper stops,
                           RouteWriter writer, TravelTimes travel,
                           RouteSolver solver, RedissonClient redisson, TransactionTemplate tx, Clock clock) {
        this.slots = slots;
        this.branches = branches;
        this.couriers = couriers;
        this.orderMapper = orderMapper;
        this.orders = orders;
        this.delivery = delivery;
        this.addresses = addresses;
        this.routes = routes;
        this.stops = stops;
        this.writer = writer;
        this.travel = travel;
        this.solver = solver;
        this.redisson = redisson;
        this.tx = tx;
        this.clock = clock;
    }

    public record PlanResult(long slotId, boolean ran, int planned, int unassigned, int couriersUsed, boolean estimated,
                             double travelSeconds) {
    }

    public PlanResult plan(long slotId) {
        DeliverySlot slot = slots.selectById(slotId);
        if (slot == null) {
            throw DeliveryErrorCode.SLOT_NOT_FOUND.exception();
        }
        RLock lock = redisson.getLock("taoshu:dispatch:slot:" + slotId);
        boolean locked;
        try {
            locked = lock.tryLock(0, 10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            log.info("slot {} is being planned by another planner: skipped", slotId);
            return new PlanResult(slotId, false, 0, 0, 0, false, 0);
        }
        try {
            return planLocked(slot);
        } finally {
            lock.unlock();
        }
    }

    private PlanResult planLocked(DeliverySlot slot) {
        List<BorrowOrder> waiting = orderMapper.selectList(Wrappers.<BorrowOrder>lambdaQuery()
                .eq(BorrowOrder::getSlotId, slot.getId()).eq(BorrowOrder::getStatus, OrderStatus.AWAITING_DISPATCH)
                .orderByAsc(BorrowOrder::getId));
        if (waiting.isEmpty()) {
            return new PlanResult(slot.getId(), true, 0, 0, 0, false, 0); // nothing new: nothing changes
        }
        Branch branch = branches.selectById(slot.getBranchId());
        List<DeliveryRoute> slotRoutes = routes.selectList(Wrappers.<DeliveryRoute>lambdaQuery()
                .eq(DeliveryRoute::getSlotId, slot.getId()));
        // routes that have not set off are planned again together with the new orders; started ones are left alone
        List<DeliveryRoute> replannable = slotRoutes.stream().filter(r -> r.getStatus() == DeliveryRoute.Status.PLANNED).toList();
        Set<Long> departed = slotRoutes.stream().filter(r -> r.getStatus() != DeliveryRoute.Status.PLANNED)
                .map(DeliveryRoute::getCourierId).collect(Collectors.toSet());
        List<Courier> free = couriers.selectList(Wrappers.<Courier>lambdaQuery().eq(Courier::getBranchId, branch.getId())
                        .eq(Courier::getOnLeave, false)).stream()
                .filter(c -> !departed.contains(c.getStaffId()))
                .toList();
        List<DeliveryStop> kept = replannable.isEmpty() ? List.of() : stops.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .in(DeliveryStop::getRouteId, replannable.stream().map(DeliveryRoute::getId).toList()));
        Set<Long> alreadyDispatched = kept.stream().map(DeliveryStop::getOrderId).collect(Collectors.toSet());
        List<BorrowOrder> toPlan = new ArrayList<>(waiting);
        alreadyDispatched.forEach(id -> toPlan.add(orders.get(id)));

        // locations: 0 = branch, then one per order
        List<GeoPoint> points = new ArrayList<>();
        points.add(new GeoPoint(branch.getLat().doubleValue(), branch.getLng().doubleValue()));
        Map<String, BorrowOrder> byStopId = new HashMap<>();
        List<Stop> problemStops = new ArrayList<>();
        double slotStart = slot.getStartTime().toSecondOfDay();
        double slotEnd = slot.getEndTime().toSecondOfDay();
        for (BorrowOrder order : toPlan) {
            ReaderAddress address = addresses.selectById(order.getAddressId());
            points.add(address.point());
            int books = orders.lines(order.getId()).stream().mapToInt(l -> l.isHeld() ? 1 : 0).sum();
            String id = String.valueOf(order.getId());
            byStopId.put(id, order);
            problemStops.add(Stop.delivery(id, points.size() - 1, TimeWindow.of(slotStart, slotEnd), SERVICE_SECONDS, books));
        }
        TravelTimes.Matrices matrices = travel.between(points);
        List<Vehicle> vehicles = free.stream().map(c -> new Vehicle(String.valueOf(c.getStaffId()), c.getBagCapacity(),
                TimeWindow.of(Math.max(c.getShiftStart().toSecondOfDay(), slotStart - 3600), c.getShiftEnd().toSecondOfDay()),
                c.getVehicle().name(), 0)).toList();
        Problem problem = new Problem(new Depot(0, TimeWindow.of(0, 86_399)), vehicles, problemStops, matrices.byProfile());
        Solution solution = solver.solve(problem, SOLVE_LIMIT);
        boolean losesDispatched = solution.unassigned().stream()
                .anyMatch(u -> alreadyDispatched.contains(Long.parseLong(u.stopId())));
        if (losesDispatched) {
            // never take an order off a courier's route by re-planning: plan the new orders as they are left
            log.warn("re-plan of slot {} would drop dispatched stops; new orders stay waiting", slot.getId());
            tx.executeWithoutResult(status -> waiting.forEach(o -> note(o.getId(), "本时段路线已排满，请手工指派或改约")));
            return new PlanResult(slot.getId(), true, 0, waiting.size(), 0, matrices.estimated(), 0);
        }

        LocalDateTime midnight = slot.getSlotDate().atStartOfDay();
        Set<Long> waitingIds = waiting.stream().map(BorrowOrder::getId).collect(Collectors.toSet());
        tx.executeWithoutResult(status -> {
            kept.forEach(stop -> stops.deleteById(stop.getId()));
            Set<Long> used = new java.util.HashSet<>();
            for (Solution.Route route : solution.routes()) {
                if (route.visits().isEmpty()) {
                    continue;
                }
                DeliveryRoute saved = writer.routeFor(branch.getId(), slot.getId(), Long.parseLong(route.vehicleId()),
                        midnight.plusSeconds(Math.round(route.departure())), (int) Math.round(route.travelSeconds()));
                saved.setPlannedStart(midnight.plusSeconds(Math.round(route.departure())));
                saved.setTravelSeconds((int) Math.round(route.travelSeconds()));
                routes.updateById(saved);
                used.add(saved.getId());
                int seq = 1;
                for (Solution.Visit visit : route.visits()) {
                    BorrowOrder order = byStopId.get(visit.stopId());
                    writer.addStop(saved, order, seq++, midnight.plusSeconds(Math.round(visit.serviceStart())));
                    if (waitingIds.contains(order.getId())) {
                        delivery.dispatch(order.getId(), Actor.SYSTEM);
                    }
                }
            }
            replannable.stream().filter(r -> !used.contains(r.getId())).forEach(r -> routes.deleteById(r.getId()));
            for (Solution.Unassigned unassigned : solution.unassigned()) {
                note(Long.parseLong(unassigned.stopId()), reasonText(unassigned.reason(), vehicles.isEmpty()));
            }
        });
        int planned = waiting.size() - solution.unassigned().size();
        log.info("planned slot {}: {} new stops ({} in all) on {} couriers, {} unassigned, travel {} s{}", slot.getId(),
                planned, toPlan.size() - solution.unassigned().size(), solution.vehiclesUsed(), solution.unassigned().size(),
                Math.round(solution.totalTravelSeconds()), matrices.estimated() ? " (estimated travel times)" : "");
        return new PlanResult(slot.getId(), true, planned, solution.unassigned().size(), solution.vehiclesUsed(),
                matrices.estimated(), solution.totalTravelSeconds());
    }

    private void note(long orderId, String reason) {
        BorrowOrder order = orders.get(orderId);
        order.setDispatchNote(reason);
        orders.save(order);
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
