package com.taoshu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.notify.internal.SendOutcome;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox rules without Spring: what each WeChat outcome does to the notice and the consent. */
class SendRulesNotifyTest {

    static final NotifyProperties RULES = new NotifyProperties(Map.of(), null, null, null, 0, null, Duration.ofMinutes(1),
            Duration.ofMinutes(3), null, null, 0, null, null, 0);
    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 1, 9, 0);

    @Test
    void deliveredIsSentAndKeepsTheConsentSpent() {
        var d = SendRules.decide(new SendOutcome.Delivered(), 1, RULES, NOW);
        assertThat(d.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(d.consent()).isEqualTo(SendRules.Consent.KEEP_CONSUMED);
    }

    @Test
    void noConsentIsSkippedAndRevokesTheTemplate() {
        var d = SendRules.decide(new SendOutcome.NoConsent(43101, "user refuse to accept the msg"), 1, RULES, NOW);
        assertThat(d.status()).isEqualTo(NoticeStatus.SKIPPED);
        assertThat(d.consent()).isEqualTo(SendRules.Consent.REVOKE);
        assertThat(d.errcode()).isEqualTo(43101);
    }

    @Test
    void retryableBacksOffExponentiallyWithoutAnAttemptLimit() {
        var first = SendRules.decide(new SendOutcome.Retryable(null, "HTTP 500"), 1, RULES, NOW);
        var second = SendRules.decide(new SendOutcome.Retryable(-1, "system busy"), 2, RULES, NOW);
        var fortieth = SendRules.decide(new SendOutcome.Retryable(null, "HTTP 502"), 40, RULES, NOW);
        assertThat(first.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusMinutes(1));
        assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusMinutes(2));
        assertThat(first.consent()).isEqualTo(SendRules.Consent.GIVE_BACK);
        assertThat(fortieth.status()).as("an outage ends by the notice's relevance, not by a count").isEqualTo(NoticeStatus.PENDING);
        assertThat(fortieth.nextAttemptAt()).isEqualTo(NOW.plusMinutes(3));
        assertThat(fortieth.consent()).isEqualTo(SendRules.Consent.GIVE_BACK);
    }

    @Test
    void backoffIsCapped() {
        assertThat(List.of(1, 2, 3, 4, 40).stream().map(n -> SendRules.backoff(n, RULES)).toList())
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3), Duration.ofMinutes(3),
                        Duration.ofMinutes(3));
    }

    @Test
    void anUnknownOutcomeIsNeverRetriedAutomatically() {
        var d = SendRules.decide(new SendOutcome.Unknown("Read timed out"), 1, RULES, NOW);
        assertThat(d.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(d.consent()).isEqualTo(SendRules.Consent.KEEP_CONSUMED);
        assertThat(d.outcome()).isEqualTo(NoticeAttempt.Outcome.UNKNOWN);
    }

    @Test
    void aPermanentRejectionFailsAtOnceAndGivesTheConsentBack() {
        var d = SendRules.decide(new SendOutcome.Rejected(40037, "invalid template_id"), 1, RULES, NOW);
        assertThat(d.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(d.consent()).isEqualTo(SendRules.Consent.GIVE_BACK);
    }
}
