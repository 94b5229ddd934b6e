package com.taoshu.suggestion.internal;

import com.taoshu.shared.job.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * purchaseArrivalJob (hourly): PURCHASED purchase requests whose title now has copies get their reservation, for
 * arrivals whose after-commit event was missed. Idempotent; the first shard does the work.
 */
@Component
public class PurchaseArrivalJob implements ScheduledJob {

    private final PurchaseArrivals arrivals;

    public PurchaseArrivalJob(PurchaseArrivals arrivals) {
        this.arrivals = arrivals;
    }

    @Override
    public String name() {
        return "purchaseArrivalJob";
    }

    @Override
    public String label() {
        return "荐购到书预约";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        if (shardIndex != 0) {
            return "shard " + shardIndex + ": nothing (the first shard sweeps)";
        }
        return "fulfilled=" + arrivals.sweep();
    }
}
