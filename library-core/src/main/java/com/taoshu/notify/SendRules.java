package com.taoshu.notify;

import com.taoshu.notify.internal.SendOutcome;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * What a send outcome does to the notice and to the reader's consent — the outbox's rules in one place.
 *
 * <p>Delivery is <b>at most once</b>: a notice is re-sent only when the last attempt certainly did not reach the
 * reader (WeChat answered an error, or the connection never opened). When the outcome is unknown — the request
 * went out and no answer came (read timeout), or a run stopped between the send and the status write (a stale
 * SENDING row) — the notice becomes FAILED and stays so until a librarian resends it. Each WeChat send uses up one
 * of the reader's one-time consents and WeChat offers no idempotency key, so a duplicate would both annoy the
 * reader and spend a consent meant for a later notice; a lost notice is rare (a crash inside one HTTP call) and
 * visible in the notification log.
 *
 * <p>A failure that certainly reached no one (connection refused, HTTP 5xx, busy, rate limit) is <b>transient</b>:
 * it is retried on the capped back-off for as long as the notice still applies — there is no attempt limit, so a
 * WeChat outage of hours does not end every pending reminder as FAILED. What ends the retrying is the notice itself:
 * {@link NoticeRelevance}, checked at every claim, skips it once it is no longer true or has expired. Only a
 * <b>permanent</b> answer (a refused template, data or openid; 43101) ends a notice here.
 */
public final class SendRules {

    /** What happens to the consent taken for the attempt. */
    public enum Consent { KEEP_CONSUMED, GIVE_BACK, REVOKE }

    public record Decision(NoticeStatus status, LocalDateTime nextAttemptAt, Consent consent,
                           NoticeAttempt.Outcome outcome, Integer errcode, String error) {
    }

    private SendRules() {
    }

    public static Decision decide(SendOutcome outcome, int attempts, NotifyProperties rules, LocalDateTime now) {
        return switch (outcome) {
            case SendOutcome.Delivered d -> new Decision(NoticeStatus.SENT, now, Consent.KEEP_CONSUMED,
                    NoticeAttempt.Outcome.SENT, 0, null);
            case SendOutcome.NoConsent n -> new Decision(NoticeStatus.SKIPPED, now, Consent.REVOKE,
                    NoticeAttempt.Outcome.SKIPPED, n.errcode(), "读者未订阅或已拒收（" + n.errcode() + "）");
            case SendOutcome.Rejected r -> new Decision(NoticeStatus.FAILED, now, Consent.GIVE_BACK,
                    NoticeAttempt.Outcome.FAILED, r.errcode(), "微信拒绝：" + r.message());
            case SendOutcome.Unknown u -> new Decision(NoticeStatus.FAILED, now, Consent.KEEP_CONSUMED,
                    NoticeAttempt.Outcome.UNKNOWN, null, "结果未知，为避免重复不自动重发：" + u.message());
            case SendOutcome.Retryable r -> new Decision(NoticeStatus.PENDING, now.plus(backoff(attempts, rules)),
                    Consent.GIVE_BACK, NoticeAttempt.Outcome.RETRY, r.errcode(), r.message());
        };
    }

    /** Exponential: base, 2×base, 4×base … after the 1st, 2nd, 3rd … failed attempt, never more than the cap. */
    public static Duration backoff(int attempts, NotifyProperties rules) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = rules.backoffBase().multipliedBy(1L << doublings);
        return delay.compareTo(rules.backoffMax()) > 0 ? rules.backoffMax() : delay;
    }
}
