package com.taoshu.shared.job;

import com.taoshu.shared.redis.InstanceLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * All job handlers by name — one code path for every trigger: the operator's "run now", tests, the xxl-job
 * executor (admin-console) and the local fallback schedule.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, ScheduledJob> jobs = new TreeMap<>();
    private final InstanceLocks locks;
    private final Clock clock;

    public JobRunner(List<ScheduledJob> handlers, InstanceLocks locks, Clock clock) {
        handlers.forEach(h -> {
            ScheduledJob previous = jobs.put(h.name(), h);
            if (previous != null) {
                throw new IllegalStateException("two job handlers named " + h.name());
            }
        });
        this.locks = locks;
        this.clock = clock;
    }

    public record JobRun(String name, String summary, long millis) {
    }

    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }

    /** Runs the whole job (one instance, shard 0 of 1). */
    public JobRun run(String name) {
        return run(name, 0, 1);
    }

    /**
     * Runs the whole job unless another instance is running it now; empty then. For the local fallback schedule, which
     * fires every job on every instance at the same moment: the per-job lock dies with its holder (an instance that
     * crashed mid-run blocks the job for the watchdog timeout, not until a lease ends). xxl-job needs no such lock: it
     * triggers one instance per job (FIRST/FAILOVER), or every instance with its own shard (SHARDING_BROADCAST), which
     * must not exclude each other.
     */
    public Optional<JobRun> runAlone(String name) {
        requireJob(name);
        Optional<InstanceLocks.Held> held = locks.tryHold(lockName(name), "定时任务");
        if (held.isEmpty()) {
            log.info("job {} skipped: running on another instance ({})", name,
                    locks.holder(lockName(name)).map(InstanceLocks.Holder::instance).orElse("finished meanwhile"));
            return Optional.empty();
        }
        try (InstanceLocks.Held ignored = held.get()) {
            return Optional.of(run(name));
        }
    }

    /** The job's lock on the local schedule ({@link InstanceLocks}). */
    public static String lockName(String job) {
        return "taoshu:job:" + job;
    }

    private ScheduledJob requireJob(String name) {
        ScheduledJob job = jobs.get(name);
        if (job == null) {
            throw JobErrorCode.JOB_NOT_FOUND.exception("没有名为 " + name + " 的任务");
        }
        return job;
    }

    /** Runs this instance's shard: the rows whose reader_id % shardTotal == shardIndex. */
    public JobRun run(String name, int shardIndex, int shardTotal) {
        ScheduledJob job = requireJob(name);
        if (shardTotal < 1 || shardIndex < 0 || shardIndex >= shardTotal) {
            throw new IllegalArgumentException("bad shard " + shardIndex + "/" + shardTotal);
        }
        Instant start = clock.instant();
        String summary = job.run(shardIndex, shardTotal);
        long millis = Duration.between(start, clock.instant()).toMillis();
        log.info("job {} shard {}/{}: {} ({} ms)", name, shardIndex, shardTotal, summary, millis);
        return new JobRun(name, summary, millis);
    }
}
