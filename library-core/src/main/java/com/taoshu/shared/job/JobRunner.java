package com.taoshu.shared.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** All job handlers by name, for the operator's "run now" and for tests (same code path as the scheduler). */
@Service
public class JobRunner {

    private final Map<String, ScheduledJob> jobs = new TreeMap<>();
    private final Clock clock;

    public JobRunner(List<ScheduledJob> handlers, Clock clock) {
        handlers.forEach(h -> jobs.put(h.name(), h));
        this.clock = clock;
    }

    public record JobRun(String name, String summary, long millis) {
    }

    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }

    public JobRun run(String name) {
        ScheduledJob job = jobs.get(name);
        if (job == null) {
            throw JobErrorCode.JOB_NOT_FOUND.exception("没有名为 " + name + " 的任务");
        }
        Instant start = clock.instant();
        String summary = job.run(0, 1);
        return new JobRun(name, summary, Duration.between(start, clock.instant()).toMillis());
    }
}
