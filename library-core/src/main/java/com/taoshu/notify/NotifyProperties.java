package com.taoshu.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code taoshu.notify.*}: one subscribe-message template per notice kind (id, page and field mapping), sending
 * rules (timeouts, backoff, expiry) and reminder schedule. Defaults here; taoshu-notify.yml maps them to env.
 *
 * @param templates          per kind: the WeChat template id, the mini-program page opened from the message and
 *                           the template's fields ({@code thing1}, {@code date2} …) as text with {@code {variable}}
 *                           placeholders filled from the notice payload
 * @param miniprogramState   formal | trial | developer (which build of the mini-program a message opens)
 * @param backoffBase        wait after the first failed attempt that certainly reached no one; doubled after each
 *                           further one, never more than {@code backoffMax}. Such failures are retried for as long as
 *                           the notice still applies — there is no attempt limit (issue #16)
 * @param expireAfter        a notice still unsent this long after it was queued is SKIPPED as expired, whatever it is
 *                           about: the ceiling that keeps an endless outage from retrying forever
 * @param staleSendingAfter  a SENDING row older than this was interrupted between send and status write
 * @param dueSoonDays        "due soon" reminder: loans due within this many days (2 → two days before due)
 * @param overdueDays        overdue reminders on these overdue days (1, 7, 14)
 * @param catchUpDays        a reminder day missed by a job outage is still sent this many days late
 */
@ConfigurationProperties("taoshu.notify")
public record NotifyProperties(
        Map<NoticeKind, Template> templates,
        String miniprogramState,
        Duration connectTimeout,
        Duration sendTimeout,
        int batchSize,
        Duration expireAfter,
        Duration backoffBase,
        Duration backoffMax,
        Duration staleSendingAfter,
        Duration runBudget,
        int dueSoonDays,
        List<Integer> overdueDays,
        Integer catchUpDays,
        int scanPageSize) {

    public NotifyProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        miniprogramState = miniprogramState == null || miniprogramState.isBlank() ? "formal" : miniprogramState;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(5) : sendTimeout;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        expireAfter = expireAfter == null || expireAfter.isNegative() || expireAfter.isZero() ? Duration.ofDays(3)
                : expireAfter;
        backoffBase = backoffBase == null ? Duration.ofMinutes(1) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofHours(1) : backoffMax;
        staleSendingAfter = staleSendingAfter == null ? Duration.ofMinutes(10) : staleSendingAfter;
        runBudget = runBudget == null ? Duration.ofSeconds(50) : runBudget;
        dueSoonDays = dueSoonDays <= 0 ? 2 : dueSoonDays;
        overdueDays = overdueDays == null || overdueDays.isEmpty() ? List.of(1, 7, 14)
                : overdueDays.stream().sorted().toList();
        catchUpDays = catchUpDays == null ? 2 : Math.max(0, catchUpDays);
        scanPageSize = scanPageSize <= 0 ? 2000 : scanPageSize;
    }

    /** A subscribe-message template: WeChat's id, the page it opens, and its fields filled from the payload. */
    public record Template(String id, String page, Map<String, String> fields) {

        public Template {
            fields = fields == null ? Map.of() : fields;
        }

        public boolean configured() {
            return id != null && !id.isBlank();
        }
    }

    public java.util.Optional<Template> template(NoticeKind kind) {
        return java.util.Optional.ofNullable(templates.get(kind)).filter(Template::configured);
    }

    /** The template ids of all kinds, for checking what a reader reports as accepted. */
    public java.util.Set<String> templateIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        templates.values().stream().filter(Template::configured).forEach(t -> ids.add(t.id()));
        return ids;
    }
}
