package com.taoshu.admin.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xxl.job.*}: the xxl-job-admin address (empty = no admin, run the local fallback schedule), the executor's
 * identity and port, and the fallback crons (the same as sql/xxl-job/taoshu_jobs.sql registers in the admin).
 */
@ConfigurationProperties("xxl.job")
public record XxlJobProperties(Admin admin, String accessToken, Executor executor, LocalFallback localFallback) {

    public XxlJobProperties {
        admin = admin == null ? new Admin(null) : admin;
        executor = executor == null ? new Executor(null, null, null, 0, null, 0) : executor;
        localFallback = localFallback == null ? new LocalFallback(null, null, null) : localFallback;
    }

    public record Admin(String addresses) {
    }

    /** @param port 9999 unless set; @param logPath under java.io.tmpdir unless set */
    public record Executor(String appname, String ip, String address, int port, String logPath, int logRetentionDays) {

        public Executor {
            appname = appname == null || appname.isBlank() ? "taoshu-admin-executor" : appname;
            port = port <= 0 ? 9999 : port;
            logPath = logPath == null || logPath.isBlank()
                    ? System.getProperty("java.io.tmpdir") + "/taoshu-xxl-job/jobhandler" : logPath;
            logRetentionDays = logRetentionDays <= 0 ? 7 : logRetentionDays;
        }
    }

    /**
     * @param enabled off in tests that trigger jobs themselves
     * @param zone    the zone crons are read in (the admin's TZ in compose)
     * @param crons   handler name → Quartz-style cron with seconds; a handler without one is not scheduled
     */
    public record LocalFallback(Boolean enabled, String zone, Map<String, String> crons) {

        public LocalFallback {
            enabled = enabled == null || enabled;
            zone = zone == null || zone.isBlank() ? "Asia/Shanghai" : zone;
            Map<String, String> merged = new LinkedHashMap<>(DEFAULT_CRONS);
            if (crons != null) {
                merged.putAll(crons);
            }
            crons = Map.copyOf(merged);
        }
    }

    /**
     * Mirrors sql/xxl-job/taoshu_jobs.sql (pickupDeadlineReminderJob: 18:00, the evening before the deadline).
     * cryptoRotateJob has no cron on purpose: an operator runs it while rotating TAOSHU_CRYPTO_KEY.
     */
    static final Map<String, String> DEFAULT_CRONS = Map.ofEntries(
            Map.entry("dispatchPlanJob", "0 0/10 8-19 * * ?"),
            Map.entry("pickupExpiryJob", "0 0 * * * ?"),
            Map.entry("dueReminderJob", "0 0 9 * * ?"),
            Map.entry("overdueReminderJob", "0 30 9 * * ?"),
            Map.entry("outboxSendJob", "0 * * * * ?"),
            Map.entry("reservationExpiryJob", "0 15 * * * ?"),
            Map.entry("purchaseArrivalJob", "0 45 * * * ?"),
            Map.entry("statsRollupJob", "0 30 1 * * ?"),
            Map.entry("pickupDeadlineReminderJob", "0 0 18 * * ?"),
            Map.entry("overdueSuspensionJob", "0 45 9 * * ?"),
            Map.entry("recommendRebuildJob", "0 0 2 * * ?"),
            Map.entry("eventPublicationJob", "0 0/5 * * * ?"));

    public boolean adminConfigured() {
        return admin.addresses() != null && !admin.addresses().isBlank();
    }
}
