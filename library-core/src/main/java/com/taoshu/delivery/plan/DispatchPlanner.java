package com.taoshu.delivery.plan;

import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.internal.DeliverySlotMapper;
import com.taoshu.delivery.solver.RouteSolver;
import com.taoshu.delivery.solver.Solution;
import com.taoshu.delivery.solver.UnassignedReason;
import com.taoshu.shared.redis.InstanceLocks;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * dispatchPlanJob for one branch and slot, under a lock that dies with its holder ({@link InstanceLocks}: one planner
 * per slot across instances; a planner that crashed blocks its slot for the watchdog timeout, 30 s). One run: the
 * slot's work is read in a fixed number of queries ({@link SlotWork}: AWAITING_DISPATCH orders, REQUESTED return
 * pickups, the jobs on routes that have not set off, couriers at work); jobs become visits, one per door — a reader's
 * delivery and pickup are one visit: hand over and collect, the bag load checked at every point of the route
 * ({@link VisitBuilder}); travel times ({@link TravelTimes}) and the solver (least travel time, then fewest couriers;
 * bag capacity and windows respected) give the routes, written with planned arrivals as the jobs move to DISPATCHED
 * ({@link PlanWriter}). Couriers on leave or already out on this slot are left out of the solver; what it cannot place
 * is inserted into a route under way where it fits, else — once the slot is under way — re-booked into the next open
 * slot with the reader told ({@link Leftovers}); too many books for any bag stays AWAITING_DISPATCH with its reason for
 * librarians. Running it again changes nothing when no order is waiting; an order that arrived after planning is
 * planned together with the routes that have not set off (their stops are re-sequenced, never dropped).
 */
@Service
public class DispatchPlanner {

    private static final Logger log = LoggerFactory.getLogger(DispatchPlanner.class);
    static final Duration SOLVE_LIMIT = Duration.ofSeconds(3);
    /** Beyond a dead planner's lapse: time for a live one to finish (solve limit, travel times from AMap, writing). */
    static final Duration LIVE_PLANNER_FINISHES_WITHIN = Duration.ofSeconds(10);
    static final String SCHEDULED = "定时任务";

    private final DeliverySlotMapper slots;
    private final SlotWork work;
    private final TravelTimes travel;
    private final RouteSolver solver;
    private final PlanWriter writer;
    private final Leftovers leftovers;
    private final InstanceLocks locks;

    DispatchPlanner(DeliverySlotMapper slots, SlotWork work, TravelTimes travel, RouteSolver solver, PlanWriter writer,
                    Leftovers leftovers, InstanceLocks locks) {
        this.slots = slots;
        this.work = work;
        this.travel = travel;
        this.solver = solver;
        this.writer = writer;
        this.leftovers = leftovers;
        this.locks = locks;
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

    private PlanResult planLocked(DeliverySlot slot) {
        SlotWork.Work work = this.work.load(slot);
        if (work.nothingNew()) {
            return PlanResult.done(slot.getId(), 0, 0, 0, false, 0); // nothing new: nothing changes
        }
        VisitBuilder.Visits visits = VisitBuilder.build(work.branchPoint(), slot.getStartTime(), slot.getEndTime(),
                work.all(), work.free());
        TravelTimes.Matrices matrices = travel.between(visits.points());
        Solution solution = solver.solve(visits.problem(matrices.byProfile()), SOLVE_LIMIT);
        boolean anyDeparted = !work.departed().isEmpty();
        int waiting = work.waiting().size();
        if (solution.unassigned().stream().anyMatch(u -> visits.carriesKept(u.stopId()))) {
            // never take a job off a courier's route by re-planning: plan the new jobs as they are left
            log.warn("re-plan of slot {} would drop dispatched stops; new jobs go to routes under way or wait", slot.getId());
            int placed = leftovers.place(slot, work.waiting(), anyDeparted, "本时段路线已排满，请手工指派或改约");
            return PlanResult.done(slot.getId(), placed, waiting - placed, 0, matrices.estimated(), 0);
        }

        writer.write(work, visits, solution);
        // what no route that has yet to set off could take: onto a route under way, else the next slot
        boolean noCourier = visits.vehicles().isEmpty();
        int unassignedJobs = 0;
        for (Solution.Unassigned unassigned : solution.unassigned()) {
            unassignedJobs += visits.jobsOf(unassigned.stopId()).size();
            if (unassigned.reason() == UnassignedReason.CAPACITY && !noCourier) {
                continue; // too many books for any bag: neither a route under way nor another slot helps
            }
            unassignedJobs -= leftovers.place(slot, visits.jobsOf(unassigned.stopId()), anyDeparted,
                    PlanWriter.reasonText(unassigned.reason(), noCourier));
        }
        int planned = waiting - unassignedJobs;
        log.info("planned slot {}: {} new jobs ({} in all, {} doors) on {} couriers, {} unassigned, travel {} s{}", slot.getId(),
                planned, waiting + work.kept().size() - unassignedJobs, visits.stops().size(), solution.vehiclesUsed(),
                unassignedJobs, Math.round(solution.totalTravelSeconds()), matrices.estimated() ? " (estimated travel times)" : "");
        return PlanResult.done(slot.getId(), planned, unassignedJobs, solution.vehiclesUsed(),
                matrices.estimated(), solution.totalTravelSeconds());
    }
}
