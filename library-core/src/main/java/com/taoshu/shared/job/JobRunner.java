package com.taoshu.shared.job;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.redis.InstanceLocks;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * All job handlers by name — one code path for every trigger: the operator's "run now", tests, the xxl-job
 * executor (admin-console) and the local fallback schedule. Each run's time and outcome is kept in Redis (one entry per
 * job, shared by all instances and whatever triggered it), for the 任务 page.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, ScheduledJob> jobs = new TreeMap<>();
    /** Redis hash: job name → its last run ({@code epochMillis|ok|millis|summary}). */
    private static final String LAST_RUNS = "taoshu:job:last-run";

    private final InstanceLocks locks;
    private final RedissonClient redisson;
    private final Clock clock;

    public JobRunner(List<ScheduledJob> handlers, InstanceLocks locks, RedissonClient redisson, Clock clock) {
        handlers.forEach(h -> {
            ScheduledJob previous = jobs.put(h.name(), h);
            if (previous != null) {
                throw new IllegalStateException("two job handlers named " + h.name());
            }
        });
        this.locks = locks;
        this.redisson = redisson;
        this.clock = clock;
    }

    public record JobRun(String name, String summary, long millis) {
    }

    /** A job's last run on any instance: when it started, whether it finished, its summary or what went wrong. */
    public record LastRun(OffsetDateTime at, boolean ok, String summary, long millis) {
    }

    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }

    /** The job's name for people ("配送排线"). */
    public String label(String name) {
        return requireJob(name).label();
    }

    /** Empty when the job never ran (since Redis was last emptied) or Redis cannot be read now. */
    public Optional<LastRun> lastRun(String name) {
        try {
            String value = lastRuns().get(name);
            if (value == null) {
                return Optional.empty();
            }
            String[] parts = value.split("\\|", 4);
            return Optional.of(new LastRun(OffsetDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(parts[0])), Times.ZONE),
                    Boolean.parseBoolean(parts[1]), parts[3], Long.parseLong(parts[2])));
        } catch (RuntimeException e) {
            log.warn("last run of job {} not readable: {}", name, e.toString());
            return Optional.empty();
        }
    }

    private void remember(String name, Instant start, boolean ok, String summary, long millis) {
        try {
            lastRuns().fastPut(name, start.toEpochMilli() + "|" + ok + "|" + millis + "|" + summary);
        } catch (RuntimeException e) {
            log.warn("last run of job {} not recorded: {}", name, e.toString()); // the run itself stands
        }
    }

    private RMap<String, String> lastRuns() {
        return redisson.getMap(LAST_RUNS, StringCodec.INSTANCE);
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
        String summary;
        try {
            summary = job.run(shardIndex, shardTotal);
        } catch (RuntimeException e) {
            String why = e instanceof BizException refused ? refused.userMessage() : "运行出错，详见服务器日志";
            remember(name, start, false, why, Duration.between(start, clock.instant()).toMillis());
            throw e;
        }
        long millis = Duration.between(start, clock.instant()).toMillis();
        remember(name, start, true, summary, millis);
        log.info("job {} shard {}/{}: {} ({} ms)", name, shardIndex, shardTotal, summary, millis);
        return new JobRun(name, summary, millis);
    }
}
