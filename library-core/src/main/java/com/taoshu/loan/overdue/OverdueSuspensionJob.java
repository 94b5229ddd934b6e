package com.taoshu.loan.overdue;

import com.taoshu.shared.job.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * overdueSuspensionJob (daily at 09:45, after the overdue reminders): suspends cards with a loan overdue by more than
 * the card type's suspend_after_overdue_days and restores the ones it suspended once those loans are closed.
 * Shard-aware by reader id; idempotent.
 */
@Component
public class OverdueSuspensionJob implements ScheduledJob {

    private final OverdueSuspensions suspensions;

    public OverdueSuspensionJob(OverdueSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public String name() {
        return "overdueSuspensionJob";
    }

    @Override
    public String label() {
        return "逾期停借与恢复";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        return suspensions.sweep(shardIndex, shardTotal).toString();
    }
}
