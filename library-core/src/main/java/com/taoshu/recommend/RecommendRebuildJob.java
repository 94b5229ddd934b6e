package com.taoshu.recommend;

import com.taoshu.recommend.internal.RecommendRebuildService;
import com.taoshu.shared.job.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * recommendRebuildJob (nightly at 02:00): recomputes "readers who borrowed this also borrowed…" for every title.
 * One instance does the work; re-running it replaces the table with the same rows.
 */
@Component
public class RecommendRebuildJob implements ScheduledJob {

    private final RecommendRebuildService rebuilds;

    public RecommendRebuildJob(RecommendRebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public String name() {
        return "recommendRebuildJob";
    }

    @Override
    public String label() {
        return "推荐重算";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        if (shardIndex != 0) {
            return "shard " + shardIndex + ": nothing (the first shard rebuilds)";
        }
        return rebuilds.rebuild().toString();
    }
}
