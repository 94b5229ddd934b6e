package com.taoshu.shared.job;

/**
 * A scheduled job handler (run by xxl-job in production, by the operator endpoint and tests everywhere).
 * Idempotent and shard-aware: with {@code shardTotal} instances, each takes the rows whose reader_id % total == index.
 */
public interface ScheduledJob {

    /** The xxl-job handler name, e.g. {@code pickupExpiryJob}. */
    String name();

    /** What librarians read on the 任务 page ("配送排线"); a test requires Chinese words for every job. */
    default String label() {
        return name();
    }

    /** Runs once over this shard; returns a one-line summary for the job log. */
    String run(int shardIndex, int shardTotal);
}
