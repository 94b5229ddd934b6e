package com.taoshu.notify;

import com.taoshu.notify.internal.NoticeAttemptMapper;
import com.taoshu.notify.internal.NoticeMapper;
import com.taoshu.notify.internal.NoticePreferenceMapper;
import com.taoshu.notify.internal.SmsSender;
import com.taoshu.notify.internal.SmsSender.SmsOutcome;
import com.taoshu.shared.crypto.FieldCipher;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS channel of a notice the outbox has just handled: {@link ChannelPolicy} says whether it is wanted; then the
 * notice's SMS status is claimed (NULL → SENDING, a conditional update, so never twice for one notice), the reasons not
 * to send are checked in the same short transaction (not configured, no template, no phone, daily cap), the provider is
 * called outside any transaction, and the outcome is written. At most once: a failed SMS is not retried by itself — a
 * second text is worse than none for "your book is overdue", and the inbox still holds the notice.
 */
@Service
public class SmsChannel {

    private final NoticeMapper notices;
    private final NoticeAttemptMapper attempts;
    private final NoticePreferenceMapper preferences;
    private final SmsProperties properties;
    private final SmsSender sender;
    private final FieldCipher cipher;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SmsChannel(NoticeMapper notices, NoticeAttemptMapper attempts, NoticePreferenceMapper preferences,
                      SmsProperties properties, SmsSender sender, FieldCipher cipher, PlatformTransactionManager txManager,
                      Clock clock) {
        this.notices = notices;
        this.attempts = attempts;
        this.preferences = preferences;
        this.properties = properties;
        this.sender = sender;
        this.cipher = cipher;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    private record Plan(String phone, String templateId, List<String> params) {
    }

    /**
     * Sends the notice by SMS when the policy wants it; {@code weChatReaches} — WeChat delivered it, or may still (a
     * retry is pending, or the outcome is unknown). Returns the SMS status it ended in, null when SMS was not taken.
     */
    public NoticeStatus deliver(Notice notice, Map<String, String> payload, boolean weChatReaches) {
        if (!ChannelPolicy.urgent(notice.getKind())) {
            return null;
        }
        Plan plan = tx.execute(status -> plan(notice, payload, weChatReaches));
        if (plan == null) {
            return null;
        }
        long start = System.nanoTime();
        SmsOutcome outcome = sender.send(plan.phone(), plan.templateId(), plan.params());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return tx.execute(status -> record(notice, outcome, tookMs));
    }

    private Plan plan(Notice notice, Map<String, String> payload, boolean weChatReaches) {
        long readerId = notice.getReaderId();
        boolean optedIn = preferences.smsOptIn(readerId).orElse(false);
        if (!ChannelPolicy.smsWanted(notice.getKind(), optedIn, weChatReaches)) {
            return null;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (notices.claimSms(notice.getId(), now) != 1) {
            return null; // already taken for this notice: at most once
        }
        String why = null;
        String phone = null;
        var template = properties.template(notice.getKind());
        if (!properties.configured()) {
            why = "未配置短信服务";
        } else if (template.isEmpty()) {
            why = "未配置该类通知的短信模板";
        } else {
            phone = preferences.phoneCipher(readerId).filter(c -> !c.isBlank()).map(cipher::decrypt).orElse(null);
            if (phone == null || phone.isBlank()) {
                why = "读者未绑定手机号";
            } else if (notices.smsSince(readerId, now.toLocalDate().atStartOfDay(), notice.getId())
                    >= properties.dailyCap()) {
                why = "已达每位读者每天" + properties.dailyCap() + "条短信的上限";
            }
        }
        if (why != null) {
            notices.finishSms(notice.getId(), NoticeStatus.SKIPPED, why, now);
            attempts.insert(NoticeAttempt.of(notice.getId(), 1, NoticeAttempt.Outcome.SKIPPED, null, why, null, null, now)
                    .on(Channel.SMS));
            return null;
        }
        return new Plan(phone, template.get(), ChannelPolicy.smsParams(notice.getKind(), payload));
    }

    private NoticeStatus record(Notice notice, SmsOutcome outcome, long tookMs) {
        LocalDateTime now = LocalDateTime.now(clock);
        NoticeStatus status;
        NoticeAttempt.Outcome logged;
        String message;
        switch (outcome) {
            case SmsOutcome.Sent sent -> {
                status = NoticeStatus.SENT;
                logged = NoticeAttempt.Outcome.SENT;
                message = sent.serialNo() == null ? null : "短信流水号 " + sent.serialNo();
            }
            case SmsOutcome.Refused refused -> {
                status = NoticeStatus.FAILED;
                logged = NoticeAttempt.Outcome.FAILED;
                message = "短信平台拒绝：" + refused.code() + (refused.message() == null ? "" : " " + refused.message());
            }
            case SmsOutcome.Unknown unknown -> {
                status = NoticeStatus.FAILED;
                logged = NoticeAttempt.Outcome.UNKNOWN;
                message = "结果未知，为避免重复不自动重发：" + unknown.message();
            }
        }
        String clipped = message == null ? null : Texts.clip(message, 255);
        notices.finishSms(notice.getId(), status, status == NoticeStatus.SENT ? null : clipped, now);
        attempts.insert(NoticeAttempt.of(notice.getId(), 1, logged, null, clipped, tookMs, null, now).on(Channel.SMS));
        return status;
    }
}
