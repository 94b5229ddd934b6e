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
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.delivery.pickup.ReturnPickupService;
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
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * slot's AWAITING_DISPATCH orders and REQUESTED return pickups (a reader's delivery and pickup at one door are one
 * visit: hand over and collect, the bag load checked at every point of the route), builds a travel-time matrix, solves (least travel time, then fewest couriers; bag
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
    /** A second job at the same door (hand over and collect in one visit) takes this much longer. */
    static final double EXTRA_JOB_SECONDS = 60;
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
    private final ReturnPickupService pickups;
    private final RouteSolver solver;
    private final RedissonClient redisson;
    private final TransactionTemplate tx;
    private final Clock clock;

    public DispatchPlanner(DeliverySlotMapper slots, BranchMapper branches, CourierMapper couriers,
                           BorrowOrderMapper orderMapper, OrderStore orders, OrderDeliveryService delivery,
                           ReaderAddressMapper addresses, DeliveryRouteMapper routes, DeliveryStopMapper stops,
                           RouteWriter writer, TravelTimes travel, ReturnPickupService pickups,
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
        this.pickups = pickups;
        this.solver = solver;
        this.redisson = redisson;
        this.tx = tx;
        this.clock = clock;
    }

    public record PlanResult(long slotId, boolean ran, int planned, int unassigned, int couriersUsed, boolean estimated,
                             double travelSeconds) {
    }

    /** Planned from the desk: a slot of another branch is "not found" to a librarian. */
    public PlanResult plan(long slotId, StaffPrincipal by) {
        BranchScope.visible(by, slots.selectById(slotId), DeliverySlot::getBranchId, DeliveryErrorCode.SLOT_NOT_FOUND);
        return plan(slotId);
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
            release(lock, slotId);
        }
    }

    /**
     * The plan is written by then, so a lock that cannot be released must not turn it into an error: Redis may have
     * lost the lock meanwhile (a restart without persistence, a failover, a flush; Redisson then refuses to unlock),
     * or its lease ran out. Two planners of one slot at once would still not both write: dispatching moves each
     * order and pickup by its status gate under its optimistic version, so the later one's transaction fails and
     * changes nothing; the lock spares that work and the error.
     */
    private static void release(RLock lock, long slotId) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            log.warn("planning lock of slot {} was no longer held ({}): the plan stands", slotId, e.getMessage());
        }
    }

    /** One job at a door: an order to hand over or a return pickup to collect. */
    private record Job(BorrowOrder order, ReturnPickup pickup) {

        long addressId() {
            return order != null ? order.getAddressId() : pickup.getAddressId();
        }

        long readerId() {
            return order != null ? order.getReaderId() : pickup.getReaderId();
        }

        /** The reader's narrower window in seconds of the day, or null. */
        double[] window() {
            java.time.LocalTime start = order != null ? order.getWindowStart() : pickup.getWindowStart();
            java.time.LocalTime end = order != null ? order.getWindowEnd() : pickup.getWindowEnd();
            return start == null || end == null ? null : new double[] {start.toSecondOfDay(), end.toSecondOfDay()};
        }
    }

    /** One visit for several jobs: the windows they share (or the first one's when they share none). */
    private static java.util.Optional<TimeWindow> readerWindow(List<Job> jobs) {
        double[] shared = null;
        double[] first = null;
        for (Job job : jobs) {
            double[] w = job.window();
            if (w == null) {
                continue;
            }
            first = first == null ? w : first;
            shared = shared == null ? w.clone() : new double[] {Math.max(shared[0], w[0]), Math.min(shared[1], w[1])};
        }
        if (shared == null) {
            return java.util.Optional.empty();
        }
        double[] chosen = shared[0] < shared[1] ? shared : first;
        return java.util.Optional.of(TimeWindow.of(chosen[0], chosen[1]));
    }

    private PlanResult planLocked(DeliverySlot slot) {
        List<BorrowOrder> waiting = orderMapper.selectList(Wrappers.<BorrowOrder>lambdaQuery()
                .eq(BorrowOrder::getSlotId, slot.getId()).eq(BorrowOrder::getStatus, OrderStatus.AWAITING_DISPATCH)
                .orderByAsc(BorrowOrder::getId));
        List<ReturnPickup> waitingPickups = pickups.waiting(slot.getId());
        if (waiting.isEmpty() && waitingPickups.isEmpty()) {
            return new PlanResult(slot.getId(), true, 0, 0, 0, false, 0); // nothing new: nothing changes
        }
        Branch branch = branches.selectById(slot.getBranchId());
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
        List<DeliveryStop> kept = replannable.isEmpty() ? List.of() : stops.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .in(DeliveryStop::getRouteId, replannable.stream().map(DeliveryRoute::getId).toList()));
        List<Job> waitingJobs = new ArrayList<>();
        waiting.forEach(o -> waitingJobs.add(new Job(o, null)));
        waitingPickups.forEach(p -> waitingJobs.add(new Job(null, p)));
        List<Job> keptJobs = kept.stream().map(st -> st.isPickup() ? new Job(null, pickups.get(st.getReturnPickupId()))
                : new Job(orders.get(st.getOrderId()), null)).toList();

        // one visit per door (reader + address): a delivery and a pickup for the same reader are one stop of the solver
        Map<String, List<Job>> visits = new LinkedHashMap<>();
        java.util.stream.Stream.concat(waitingJobs.stream(), keptJobs.stream())
                .forEach(job -> visits.computeIfAbsent(job.readerId() + "@" + job.addressId(), k -> new ArrayList<>()).add(job));

        // locations: 0 = branch, then one per visit
        List<GeoPoint> points = new ArrayList<>();
        points.add(new GeoPoint(branch.getLat().doubleValue(), branch.getLng().doubleValue()));
        Map<String, List<Job>> byStopId = new HashMap<>();
        List<Stop> problemStops = new ArrayList<>();
        double slotStart = slot.getStartTime().toSecondOfDay();
        double slotEnd = slot.getEndTime().toSecondOfDay();
        int visitNo = 0;
        for (List<Job> jobs : visits.values()) {
            ReaderAddress address = addresses.selectById(jobs.getFirst().addressId());
            points.add(address.point());
            int deliver = 0;
            int collect = 0;
            for (Job job : jobs) {
                if (job.order() != null) {
                    deliver += (int) orders.lines(job.order().getId()).stream().filter(l -> l.isHeld()).count();
                } else {
                    collect += job.pickup().getBooks();
                }
            }
            String id = "v" + (++visitNo);
            byStopId.put(id, jobs);
            problemStops.add(new Stop(id, points.size() - 1, TimeWindow.of(slotStart, slotEnd), readerWindow(jobs),
                    SERVICE_SECONDS + (jobs.size() - 1) * EXTRA_JOB_SECONDS, deliver, collect));
        }
        TravelTimes.Matrices matrices = travel.between(points);
        List<Vehicle> vehicles = free.stream().map(c -> new Vehicle(String.valueOf(c.getStaffId()), c.getBagCapacity(),
                TimeWindow.of(Math.max(c.getShiftStart().toSecondOfDay(), slotStart - 3600), c.getShiftEnd().toSecondOfDay()),
                c.getVehicle().name(), 0)).toList();
        Problem problem = new Problem(new Depot(0, TimeWindow.of(0, 86_399)), vehicles, problemStops, matrices.byProfile());
        Solution solution = solver.solve(problem, SOLVE_LIMIT);
        Set<Job> keptSet = new java.util.HashSet<>(keptJobs);
        boolean losesDispatched = solution.unassigned().stream()
                .anyMatch(u -> byStopId.get(u.stopId()).stream().anyMatch(keptSet::contains));
        if (losesDispatched) {
            // never take a job off a courier's route by re-planning: plan the new jobs as they are left
            log.warn("re-plan of slot {} would drop dispatched stops; new jobs stay waiting", slot.getId());
            tx.executeWithoutResult(status -> waitingJobs.forEach(j -> note(j, "本时段路线已排满，请手工指派或改约")));
            return new PlanResult(slot.getId(), true, 0, waitingJobs.size(), 0, matrices.estimated(), 0);
        }

        LocalDateTime midnight = slot.getSlotDate().atStartOfDay();
        int unassignedJobs = solution.unassigned().stream().mapToInt(u -> byStopId.get(u.stopId()).size()).sum();
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
                    LocalDateTime arrival = midnight.plusSeconds(Math.round(visit.serviceStart()));
                    for (Job job : byStopId.get(visit.stopId())) {
                        if (job.order() != null) {
                            writer.addStop(saved, job.order(), seq++, arrival);
                            if (!keptSet.contains(job)) {
                                delivery.dispatch(job.order().getId(), Actor.SYSTEM);
                            }
                        } else {
                            writer.addPickupStop(saved, job.pickup(), seq++, arrival);
                            if (!keptSet.contains(job)) {
                                pickups.dispatch(job.pickup().getId(), Actor.SYSTEM);
                            }
                        }
                    }
                }
            }
            replannable.stream().filter(r -> !used.contains(r.getId())).forEach(r -> routes.deleteById(r.getId()));
            for (Solution.Unassigned unassigned : solution.unassigned()) {
                String reason = reasonText(unassigned.reason(), vehicles.isEmpty());
                byStopId.get(unassigned.stopId()).forEach(job -> note(job, reason));
            }
        });
        int planned = waitingJobs.size() - unassignedJobs;
        log.info("planned slot {}: {} new jobs ({} in all, {} doors) on {} couriers, {} unassigned, travel {} s{}", slot.getId(),
                planned, waitingJobs.size() + keptJobs.size() - unassignedJobs, problemStops.size(), solution.vehiclesUsed(),
                unassignedJobs, Math.round(solution.totalTravelSeconds()), matrices.estimated() ? " (estimated travel times)" : "");
        return new PlanResult(slot.getId(), true, planned, unassignedJobs, solution.vehiclesUsed(),
                matrices.estimated(), solution.totalTravelSeconds());
    }

    private void note(Job job, String reason) {
        if (job.order() != null) {
            note(job.order().getId(), reason);
        } else {
            pickups.note(job.pickup().getId(), reason);
        }
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
