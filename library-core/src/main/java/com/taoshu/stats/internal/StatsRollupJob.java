package com.taoshu.stats.internal;

import com.taoshu.shared.job.ScheduledJob;
import com.taoshu.stats.StatsRollupService;
import org.springframework.stereotype.Component;

/**
 * statsRollupJob (nightly at 01:30): recomputes yesterday and today. Idempotent; any date range can be re-run by an
 * operator through {@code POST /api/admin/stats/rollup}. One instance does the work (each day is one transaction).
 */
@Component
public class StatsRollupJob implements ScheduledJob {

    private final StatsRollupService rollups;

    public StatsRollupJob(StatsRollupService rollups) {
        this.rollups = rollups;
    }

    @Override
    public String name() {
        return "statsRollupJob";
    }

    @Override
    public String label() {
        return "统计汇总";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        if (shardIndex != 0) {
            return "shard " + shardIndex + ": nothing (the first shard rolls up)";
        }
        return rollups.rollupRecent().toString();
    }
}
