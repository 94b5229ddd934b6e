package com.taoshu.admin.jobs;

import com.taoshu.shared.job.JobRunner;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Without an xxl-job-admin (all-in-one, a small site), the same handlers run in-process on the crons xxl-job would
 * use, as shard 0 of 1. {@code xxl.job.local-fallback.enabled=false} turns it off (tests trigger jobs themselves).
 * A job never overlaps itself: the next run of a cron task is scheduled after the current one ends; and several
 * instances without an admin do not run one job together: each run takes the job's lock ({@link JobRunner#runAlone}),
 * and an instance finding it held skips that run.
 */
@Component
@EnableConfigurationProperties(XxlJobProperties.class)
@Conditional(XxlJobAdminConfigured.Not.class)
public class LocalJobSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalJobSchedule.class);

    private final JobRunner runner;
    private final XxlJobProperties properties;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;

    public LocalJobSchedule(JobRunner runner, XxlJobProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.localFallback().enabled() || scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("taoshu-job-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        ZoneId zone = ZoneId.of(properties.localFallback().zone());
        List<String> names = new ArrayList<>();
        for (String name : runner.names()) {
            String cron = properties.localFallback().crons().get(name);
            if (cron == null || cron.isBlank() || "-".equals(cron)) {
                log.info("local job schedule: {} has no cron, run it through /api/admin/jobs/{}/run", name, name);
                continue;
            }
            scheduled.add(scheduler.schedule(() -> runQuietly(name), new CronTrigger(cron, zone)));
            names.add(name + "@" + cron);
        }
        log.info("no xxl-job admin configured: local job schedule runs {}", names);
    }

    private void runQuietly(String name) {
        try {
            runner.runAlone(name); // every instance fires at once: the first takes the job's lock, the others skip
        } catch (RuntimeException e) {
            log.error("scheduled job {} failed", name, e);
        }
    }

    @Override
    public synchronized void stop() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
