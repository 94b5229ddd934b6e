package com.taoshu.admin.jobs;

import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When each job runs, for the 任务 page: its cron (the local schedule's, which is also what sql/xxl-job/taoshu_jobs.sql
 * registers in xxl-job-admin) in words, and who fires it.
 */
@Component
@EnableConfigurationProperties(XxlJobProperties.class)
public class JobSchedules {

    private final XxlJobProperties properties;

    public JobSchedules(XxlJobProperties properties) {
        this.properties = properties;
    }

    /**
     * @param cron    Quartz-style cron with seconds, null when the job is never scheduled
     * @param words   the cron in Chinese words ("每天 09:30"), or the cron itself when it has no simple reading
     * @param trigger who fires it: xxl-job-admin, this application's own schedule, or only a person
     */
    public record Schedule(String cron, String words, String trigger) {
    }

    public Schedule of(String job) {
        String cron = properties.localFallback().crons().get(job);
        if (cron == null || cron.isBlank() || "-".equals(cron)) {
            return new Schedule(null, "不定时", "仅手动运行");
        }
        String trigger = properties.adminConfigured() ? "xxl-job 调度中心"
                : properties.localFallback().enabled() ? "本应用定时运行" : "定时已关闭，仅手动运行";
        return new Schedule(cron, CronWords.describe(cron).orElse(cron), trigger);
    }

    /** The shapes our crons take, in words; anything else is shown as the cron. */
    static final class CronWords {

        private CronWords() {
        }

        static Optional<String> describe(String cron) {
            String[] f = cron.trim().split("\\s+");
            if (f.length < 6 || !"0".equals(f[0]) || !"*".equals(f[3]) || !"*".equals(f[4])
                    || !("?".equals(f[5]) || "*".equals(f[5]))) {
                return Optional.empty();
            }
            String minute = f[1];
            String hour = f[2];
            if ("*".equals(minute) && "*".equals(hour)) {
                return Optional.of("每分钟");
            }
            if (minute.matches("0/\\d+") && "*".equals(hour)) {
                return Optional.of("每 " + minute.substring(2) + " 分钟");
            }
            if (isNumber(minute) && "*".equals(hour)) {
                return Optional.of("每小时第 " + minute + " 分");
            }
            if (isNumber(minute) && isNumber(hour)) {
                return Optional.of("每天 " + twoDigits(hour) + ":" + twoDigits(minute));
            }
            if (minute.matches("0/\\d+") && hour.matches("\\d+-\\d+")) {
                String[] hours = hour.split("-");
                return Optional.of("每天 " + twoDigits(hours[0]) + ":00–" + twoDigits(hours[1]) + ":59，每 "
                        + minute.substring(2) + " 分钟");
            }
            return Optional.empty();
        }

        private static boolean isNumber(String field) {
            return field.matches("\\d{1,2}");
        }

        private static String twoDigits(String n) {
            return n.length() == 1 ? "0" + n : n;
        }
    }
}
