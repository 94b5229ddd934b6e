package com.taoshu.delivery.plan;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.delivery.internal.DeliverySlotMapper;
import com.taoshu.shared.job.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * dispatchPlanJob (every 10 minutes through the working day): plans every slot of today whose booking has closed and
 * that still has orders waiting — a run with nothing waiting changes nothing, so a late approval or a failed delivery
 * re-booked for a slot under way reaches a route within minutes (inserted into a started one when it must be). Shard-aware by branch (branch_id % total == index); idempotent per slot.
 * <p>A slot another planner holds is not reported as planned: the job first plans every free slot, then waits for the
 * busy ones ({@link DispatchPlanner#busyWait()}: a live planner finishes within seconds, a dead one's lock lapses
 * within the watchdog timeout) and plans them; a slot still held after that is named in the summary, and the next
 * run plans it.
 */
@Component
public class DispatchPlanJob implements ScheduledJob {

    private final DeliverySlotMapper slots;
    private final DispatchPlanner planner;
    private final Clock clock;

    public DispatchPlanJob(DeliverySlotMapper slots, DispatchPlanner planner, Clock clock) {
        this.slots = slots;
        this.planner = planner;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "dispatchPlanJob";
    }

    @Override
    public String label() {
        return "配送排线";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<DeliverySlot> due = slots.selectList(Wrappers.<DeliverySlot>lambdaQuery()
                        .eq(DeliverySlot::getSlotDate, now.toLocalDate())
                        .apply(shardTotal > 1, "MOD(branch_id, {0}) = {1}", shardTotal, shardIndex))
                .stream()
                .filter(s -> !now.isBefore(s.startsAt().minus(DeliverySlots.BOOKING_CLOSES_BEFORE)))
                .filter(s -> now.isBefore(s.getSlotDate().atTime(s.getEndTime())))
                .toList();
        int planned = 0;
        int unassigned = 0;
        List<DispatchPlanner.PlanResult> busy = new ArrayList<>();
        for (DeliverySlot slot : due) {
            DispatchPlanner.PlanResult result = planner.plan(slot.getId());
            if (!result.ran()) {
                busy.add(result);
            }
            planned += result.planned();
            unassigned += result.unassigned();
        }
        List<DispatchPlanner.PlanResult> stillBusy = new ArrayList<>();
        long deadline = System.nanoTime() + planner.busyWait().toNanos(); // real time: how long Redis keeps a lock
        for (DispatchPlanner.PlanResult skipped : busy) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            DispatchPlanner.PlanResult result = planner.plan(skipped.slotId(), left);
            if (!result.ran()) {
                stillBusy.add(result);
            }
            planned += result.planned();
            unassigned += result.unassigned();
        }
        StringBuilder summary = new StringBuilder("slots=" + due.size() + " planned=" + planned + " unassigned=" + unassigned);
        if (!busy.isEmpty()) {
            summary.append(" waited=").append(busy.size());
        }
        if (!stillBusy.isEmpty()) {
            summary.append(" skipped(busy)=").append(stillBusy.size());
            stillBusy.forEach(r -> summary.append(" [时段").append(r.slotId()).append("：").append(r.skipped()).append(']'));
        }
        return summary.toString();
    }
}
