package com.taoshu.delivery.plan;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.internal.BranchMapper;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.CourierMapper;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.DeliveryEvents;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.DeliverySlotMapper;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.ReaderAddressMapper;
import com.taoshu.delivery.pickup.CourierPickups;
import com.taoshu.delivery.pickup.ReturnPickup;
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
import com.taoshu.shared.redis.InstanceLocks;
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
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * dispatchPlanJob for one branch and slot, under a lock that dies with its holder ({@link InstanceLocks}: one planner
 * per slot across instances; a planner that crashed blocks its slot for the watchdog timeout, 30 s): collects the
 * slot's AWAITING_DISPATCH orders and REQUESTED return pickups (a reader's delivery and pickup at one door are one
 * visit: hand over and collect, the bag load checked at every point of the route), builds a travel-time matrix, solves (least travel time, then fewest couriers; bag
 * capacity and windows respected), writes routes and ordered stops with planned arrival times and moves the orders to
 * DISPATCHED. Couriers on leave or already out on this slot are left out of the solver; what it cannot place is
 * inserted into a route under way where it fits ({@link StartedRoutes}), else — once the slot is under way — re-booked
 * into the next open slot with the reader told ({@link DeliveryEvents.VisitRebooked}); too many books for any bag stays AWAITING_DISPATCH with its reason for librarians. Running it again changes nothing when no order is waiting; an
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
    /** Beyond a dead planner's lapse: time for a live one to finish (solve limit, travel times from AMap, writing). */
    static final Duration LIVE_PLANNER_FINISHES_WITHIN = Duration.ofSeconds(10);
    static final String SCHEDULED = "定时任务";

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
    private final CourierPickups pickups;
    private final RouteSolver solver;
    private final StartedRoutes started;
    private final com.taoshu.delivery.DeliverySlots deliverySlots;
    private final InstanceLocks locks;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DispatchPlanner(DeliverySlotMapper slots, BranchMapper branches, CourierMapper couriers,
                           BorrowOrderMapper orderMapper, OrderStore orders, OrderDeliveryService delivery,
                           ReaderAddressMapper addresses, DeliveryRouteMapper routes, DeliveryStopMapper stops,
                           RouteWriter writer, TravelTimes travel, CourierPickups pickups,
                           RouteSolver solver, StartedRoutes started, com.taoshu.delivery.DeliverySlots deliverySlots,
                           InstanceLocks locks, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
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
        this.started = started;
        this.deliverySlots = deliverySlots;
        this.locks = locks;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param ran     false when another planner held the slot: nothing was done, {@code skipped} says why
     * @param skipped null when the plan ran
     */
    public record PlanResult(long slotId, boolean ran, int planned, int unassigned, int couriersUsed, boolean estimated,
                             double travelSeconds, String skipped) {

        static PlanResult done(long slotId, int planned, int unassigned, int couriersUsed, boolean estimated,
                               double travelSeconds) {
            return new PlanResult(slotId, true, planned, unassigned, couriersUsed, estimated, travelSeconds, null);
        }

        static PlanResult busy(long slotId, Optional<InstanceLocks.Holder> holder) {
            String since = holder.map(InstanceLocks.Holder::since)
                    .map(t -> "（开始于 " + t.toLocalTime().withSecond(0).withNano(0) + "）").orElse("");
            return new PlanResult(slotId, false, 0, 0, 0, false, 0, "另一实例正在为该时段排线" + since);
        }
    }

    /** The slot's lock ({@link InstanceLocks}); another instance planning the slot holds the same name. */
    public static String lockName(long slotId) {
        return "taoshu:dispatch:slot:" + slotId;
    }

    /** Planned from the desk: a slot of another branch is "not found" to a librarian; a slot being planned is 409. */
    public PlanResult plan(long slotId, StaffPrincipal by) {
        BranchScope.visible(by, slots.selectById(slotId), DeliverySlot::getBranchId, DeliveryErrorCode.SLOT_NOT_FOUND);
        PlanResult result = plan(slotId, "馆员" + by.name(), Duration.ZERO);
        if (!result.ran()) {
            throw DeliveryErrorCode.PLAN_IN_PROGRESS.exception(result.skipped() + "，请稍后刷新查看");
        }
        return result;
    }

    /** Planned by the job: a slot another planner holds is skipped at once (the result says so). */
    public PlanResult plan(long slotId) {
        return plan(slotId, SCHEDULED, Duration.ZERO);
    }

    /** Planned by the job, waiting up to {@code wait} for another planner to finish or for a dead one's lock to lapse. */
    public PlanResult plan(long slotId, Duration wait) {
        return plan(slotId, SCHEDULED, wait);
    }

    /** How long the job waits for a slot it found busy: a dead holder's lock lapses, a live one finishes. */
    public Duration busyWait() {
        return locks.lapseAfterDeath().plus(LIVE_PLANNER_FINISHES_WITHIN);
    }

    /** Who is planning the slot now, if anyone (for the dispatch board). */
    public Optional<InstanceLocks.Holder> planning(long slotId) {
        return locks.holder(lockName(slotId));
    }

    private PlanResult plan(long slotId, String startedBy, Duration wait) {
        DeliverySlot slot = slots.selectById(slotId);
        if (slot == null) {
            throw DeliveryErrorCode.SLOT_NOT_FOUND.exception();
        }
        Optional<InstanceLocks.Held> held = locks.tryHold(lockName(slotId), startedBy, wait);
        if (held.isEmpty()) {
            log.info("slot {} is being planned by another planner: skipped", slotId);
            return PlanResult.busy(slotId, planning(slotId));
        }
        try (InstanceLocks.Held ignored = held.get()) {
            return planLocked(slot);
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
            return PlanResult.done(slot.getId(), 0, 0, 0, false, 0); // nothing new: nothing changes
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
            log.warn("re-plan of slot {} would drop dispatched stops; new jobs go to routes under way or wait", slot.getId());
            int placed = onStartedRoutes(slot, branch, waitingJobs, departed, "本时段路线已排满，请手工指派或改约");
            return PlanResult.done(slot.getId(), placed, waitingJobs.size() - placed, 0, matrices.estimated(), 0);
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
        // what no route that has yet to set off could take: onto a route under way, else the next slot
        int placedOnStarted = 0;
        for (Solution.Unassigned unassigned : solution.unassigned()) {
            if (unassigned.reason() == UnassignedReason.CAPACITY && !vehicles.isEmpty()) {
                continue; // too many books for any bag: neither a route under way nor another slot helps
            }
            placedOnStarted += onStartedRoutes(slot, branch, byStopId.get(unassigned.stopId()), departed,
                    reasonText(unassigned.reason(), vehicles.isEmpty()));
        }
        unassignedJobs -= placedOnStarted;
        int planned = waitingJobs.size() - unassignedJobs;
        log.info("planned slot {}: {} new jobs ({} in all, {} doors) on {} couriers, {} unassigned, travel {} s{}", slot.getId(),
                planned, waitingJobs.size() + keptJobs.size() - unassignedJobs, problemStops.size(), solution.vehiclesUsed(),
                unassignedJobs, Math.round(solution.totalTravelSeconds()), matrices.estimated() ? " (estimated travel times)" : "");
        return PlanResult.done(slot.getId(), planned, unassignedJobs, solution.vehiclesUsed(),
                matrices.estimated(), solution.totalTravelSeconds());
    }

    /**
     * Jobs no route yet to set off could take: each goes onto the started route of the slot where it costs least travel
     * and keeps every stop on time ({@link StartedRoutes#place}); the order goes out at once (the reader gets the code
     * and the courier's ETA). One that fits nowhere, once the slot is under way, is re-booked into the branch's next open
     * slot (AWAITING_DISPATCH there; planned when that slot is); otherwise it waits with {@code reason}. Returns how many
     * went onto a route.
     */
    private int onStartedRoutes(DeliverySlot slot, Branch branch, List<Job> jobs, Set<Long> departed, String reason) {
        boolean underWay = !departed.isEmpty() || !LocalDateTime.now(clock).isBefore(slot.startsAt());
        int placed = 0;
        for (Job job : jobs) {
            StartedRoutes.NewStop stop = newStop(job);
            Boolean done = null;
            // travel times are fetched outside the transaction; when a route changed meanwhile so that they no longer
            // cover it (a courier pinged from elsewhere, a stop added), fetched again once
            for (int attempt = 1; done == null && attempt <= 2; attempt++) {
                StartedRoutes.Prefetched times = departed.isEmpty() ? null : started.prefetch(slot, stop);
                try {
                    done = tx.execute(status -> {
                        Optional<StartedRoutes.Placement> placement = times == null ? Optional.empty()
                                : started.place(slot, stop, times);
                        if (placement.isEmpty()) {
                            return false;
                        }
                        Actor by = Actor.SYSTEM;
                        if (job.order() != null) {
                            delivery.dispatch(job.order().getId(), by);
                            delivery.goOut(job.order().getId(), by);
                        } else {
                            pickups.dispatch(job.pickup().getId(), by);
                            pickups.goOut(job.pickup().getId(), by);
                        }
                        return true;
                    });
                } catch (StartedRoutes.StaleTravelTimes e) {
                    log.info("slot {}: a route changed while travel times were fetched ({}); attempt {} of 2", slot.getId(),
                            e.getMessage(), attempt);
                } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                    log.info("slot {}: a route changed while a stop was added to it; the job waits for the next plan", slot.getId());
                    done = false;
                }
            }
            if (done == null) {
                log.info("slot {}: routes kept changing while travel times were fetched; the job waits for the next plan",
                        slot.getId());
                done = false;
            }
            if (Boolean.TRUE.equals(done)) {
                placed++;
            } else if (underWay) {
                tx.executeWithoutResult(status -> rebook(slot, job, reason));
            } else {
                tx.executeWithoutResult(status -> note(job, reason));
            }
        }
        return placed;
    }

    /** The job as a stop to add to a route under way (its books and window, the door it goes to). */
    private StartedRoutes.NewStop newStop(Job job) {
        ReaderAddress address = addresses.selectById(job.addressId());
        int deliver = job.order() == null ? 0
                : (int) orders.lines(job.order().getId()).stream().filter(l -> l.isHeld()).count();
        int collect = job.pickup() == null ? 0 : job.pickup().getBooks();
        java.time.LocalTime ws = job.order() != null ? job.order().getWindowStart() : job.pickup().getWindowStart();
        java.time.LocalTime we = job.order() != null ? job.order().getWindowEnd() : job.pickup().getWindowEnd();
        return new StartedRoutes.NewStop(job.order() == null ? null : job.order().getId(),
                job.pickup() == null ? null : job.pickup().getId(), job.readerId(), address.getId(), address.point(),
                deliver, collect, ws, we);
    }

    /**
     * No courier of this slot can take the job any more: it waits for the branch's next open slot instead, and the
     * reader is told the new slot (a notice after commit). Without an open slot it stays with {@code reason}.
     */
    private void rebook(DeliverySlot slot, Job job, String reason) {
        Optional<Long> next = deliverySlots.takeNextOpen(slot.getBranchId(), slot.getId());
        if (next.isEmpty()) {
            note(job, reason);
            return;
        }
        DeliverySlot to = slots.selectById(next.get());
        String when = DeliveryEvents.slotText(to.getSlotDate(), to.getStartTime(), to.getEndTime());
        DeliveryEvents.VisitRebooked rebooked;
        if (job.order() != null) {
            BorrowOrder order = orders.get(job.order().getId());
            order.rebook(to.getId(), "本时段的配送员已无法送达，已自动改约至" + when);
            orders.save(order);
            rebooked = new DeliveryEvents.VisitRebooked(DeliveryEvents.Job.ORDER, order.getId(), order.getReaderId(),
                    slot.getBranchId(), 0, to.getId(), to.getSlotDate(), to.getStartTime(), to.getEndTime());
        } else {
            ReturnPickup pickup = pickups.rebook(job.pickup().getId(), to.getId(), "本时段的配送员已无法上门，已自动改约至" + when);
            rebooked = new DeliveryEvents.VisitRebooked(DeliveryEvents.Job.RETURN_PICKUP, pickup.getId(), pickup.getReaderId(),
                    slot.getBranchId(), pickup.getBooks() == null ? 0 : pickup.getBooks(), to.getId(), to.getSlotDate(),
                    to.getStartTime(), to.getEndTime());
        }
        deliverySlots.release(slot.getId());
        events.publishEvent(rebooked);
        log.info("{} {} re-booked from slot {} to slot {}: no route of its slot could take it", rebooked.job(),
                rebooked.subjectId(), slot.getId(), to.getId());
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
