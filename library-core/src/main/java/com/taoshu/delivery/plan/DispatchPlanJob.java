package com.taoshu.delivery.plan;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.DeliverySlotMapper;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.shared.job.ScheduledJob;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * dispatchPlanJob (before each slot, e.g. 09:30 and 14:30): plans every slot of today whose booking has closed and
 * that still has orders waiting. Shard-aware by branch (branch_id % total == index); idempotent per slot.
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
        for (DeliverySlot slot : due) {
            DispatchPlanner.PlanResult result = planner.plan(slot.getId());
            planned += result.planned();
            unassigned += result.unassigned();
        }
        return "slots=" + due.size() + " planned=" + planned + " unassigned=" + unassigned;
    }
}
