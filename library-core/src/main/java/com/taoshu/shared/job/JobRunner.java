package com.taoshu.shared.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    private final Clock clock;

    public JobRunner(List<ScheduledJob> handlers, Clock clock) {
        handlers.forEach(h -> {
            ScheduledJob previous = jobs.put(h.name(), h);
            if (previous != null) {
                throw new IllegalStateException("two job handlers named " + h.name());
            }
        });
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

    /** Runs this instance's shard: the rows whose reader_id % shardTotal == shardIndex. */
    public JobRun run(String name, int shardIndex, int shardTotal) {
        ScheduledJob job = jobs.get(name);
        if (job == null) {
            throw JobErrorCode.JOB_NOT_FOUND.exception("没有名为 " + name + " 的任务");
        }
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
