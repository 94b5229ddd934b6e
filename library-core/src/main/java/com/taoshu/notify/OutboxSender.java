package com.taoshu.notify;

import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import com.taoshu.notify.internal.ConsentMapper;
import com.taoshu.notify.internal.NoticeAttemptMapper;
import com.taoshu.notify.internal.NoticeFactsMapper;
import com.taoshu.notify.internal.NoticeMapper;
import com.taoshu.notify.internal.SendOutcome;
import com.taoshu.notify.internal.SubscribeMessageClient;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * outboxSendJob's work: claim due notices one by one (PENDING and due → SENDING by a conditional update: of two
 * instances only one wins a row, and neither before its back-off), check they still apply ({@link NoticeRelevance})
 * and take one consent — all in one short transaction — then call WeChat outside any transaction, then write the
 * outcome by {@link SendRules} in a second short transaction. Delivery is at most once; see {@link SendRules} for why.
 * The notice's other channels: it is in the reader's inbox since it was queued; {@link SmsChannel} then sends it by SMS
 * when {@link ChannelPolicy} wants that (urgent, and opted in or not reached by WeChat).
 */
@Service
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final NoticeMapper notices;
    private final NoticeAttemptMapper attempts;
    private final ConsentMapper consents;
    private final NoticeFactsMapper facts;
    private final NoticeRelevance relevance;
    private final SubscribeMessageClient weChat;
    private final SmsChannel sms;
    private final NotifyProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    public OutboxSender(NoticeMapper notices, NoticeAttemptMapper attempts, ConsentMapper consents, NoticeFactsMapper facts,
                        NoticeRelevance relevance, SubscribeMessageClient weChat, SmsChannel sms,
                        NotifyProperties properties, PlatformTransactionManager txManager, Clock clock) {
        this.notices = notices;
        this.attempts = attempts;
        this.consents = consents;
        this.facts = facts;
        this.relevance = relevance;
        this.weChat = weChat;
        this.sms = sms;
        this.properties = properties;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public record SendSummary(int sent, int skipped, int retrying, int failed, int abandoned, int lostRaces) {

        @Override
        public String toString() {
            return "sent=" + sent + " skipped=" + skipped + " retrying=" + retrying + " failed=" + failed
                    + " abandoned=" + abandoned + " lostRaces=" + lostRaces;
        }
    }

    /** One run over this shard: give up stale claims, then send due notices until none is left or the budget is spent. */
    public SendSummary sendDue(int shardIndex, int shardTotal) {
        int abandoned = abandonStale(shardIndex, shardTotal);
        int[] counts = new int[5]; // sent, skipped, retrying, failed, lost
        long deadline = System.nanoTime() + properties.runBudget().toNanos();
        while (System.nanoTime() < deadline) {
            List<Long> due = notices.dueIds(LocalDateTime.now(clock), shardIndex, shardTotal, properties.batchSize());
            if (due.isEmpty()) {
                break;
            }
            int claimedThisRound = 0;
            for (long id : due) {
                if (System.nanoTime() >= deadline) {
                    break;
                }
                NoticeStatus result = sendOne(id);
                if (result == null) {
                    counts[4]++;
                    continue;
                }
                claimedThisRound++;
                switch (result) {
                    case SENT -> counts[0]++;
                    case SKIPPED -> counts[1]++;
                    case PENDING -> counts[2]++;
                    default -> counts[3]++;
                }
            }
            if (claimedThisRound == 0) {
                break; // another instance is working through the same rows
            }
        }
        return new SendSummary(counts[0], counts[1], counts[2], counts[3], abandoned, counts[4]);
    }

    /**
     * Claims and sends one notice: WeChat first (when it can reach the reader), then the SMS channel by
     * {@link ChannelPolicy}. Null when another run claimed it first. Returns the WeChat channel's status.
     */
    public NoticeStatus sendOne(long id) {
        Prepared prepared = tx.execute(status -> claimAndPrepare(id));
        if (prepared == null) {
            return null;
        }
        NoticeStatus result = prepared.done();
        boolean weChatReaches = false;
        if (result == null) {
            long start = System.nanoTime();
            SendOutcome outcome = weChat.send(prepared.openid(), prepared.templateId(), prepared.page(), prepared.data());
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            Notice notice = prepared.notice();
            SendRules.Decision decision = SendRules.decide(outcome, notice.getAttempts(), properties, LocalDateTime.now(clock));
            tx.executeWithoutResult(status -> record(notice, prepared.templateId(), decision, tookMs));
            result = decision.status();
            // delivered, or may be (unknown outcome), or will be tried again: WeChat counts as reaching the reader
            weChatReaches = decision.outcome() == NoticeAttempt.Outcome.SENT
                    || decision.outcome() == NoticeAttempt.Outcome.UNKNOWN
                    || decision.outcome() == NoticeAttempt.Outcome.RETRY;
        }
        if (prepared.stillApplies()) {
            sms.deliver(prepared.notice(), prepared.payload(), weChatReaches);
        }
        return result;
    }

    /** A claimed notice: what to send by WeChat, or {@code done} when WeChat was skipped. */
    private record Prepared(Notice notice, Map<String, String> payload, boolean stillApplies, String templateId,
                            String openid, String page, List<WxMaSubscribeMessage.MsgData> data, NoticeStatus done) {

        static Prepared finished(Notice notice, Map<String, String> payload, boolean stillApplies, NoticeStatus status) {
            return new Prepared(notice, payload, stillApplies, null, null, null, null, status);
        }
    }

    private Prepared claimAndPrepare(long id) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (notices.claim(id, now) != 1) {
            return null;
        }
        Notice notice = notices.selectById(id);
        int attempt = notice.getAttempts();
        Map<String, String> payload = NoticeOutbox.payload(notice);
        var template = properties.template(notice.getKind());
        String templateId = template.map(NotifyProperties.Template::id).orElse(null);
        var obsolete = relevance.obsoleteBecause(notice, payload, now);
        if (obsolete.isPresent()) {
            return skip(notice, payload, false, templateId, attempt, obsolete.get(), now);
        }
        if (template.isEmpty()) {
            return skip(notice, payload, true, null, attempt, "未配置该类通知的订阅消息模板", now);
        }
        var openid = facts.openid(notice.getReaderId());
        if (openid.isEmpty() || openid.get().isBlank()) {
            return skip(notice, payload, true, templateId, attempt, "读者没有微信身份", now);
        }
        if (consents.consume(notice.getReaderId(), templateId, now) != 1) {
            return skip(notice, payload, true, templateId, attempt, "读者未订阅该消息（无剩余次数）", now);
        }
        return new Prepared(notice, payload, true, templateId, openid.get(), NoticeTemplates.page(template.get(), payload),
                NoticeTemplates.data(template.get(), payload), null);
    }

    private Prepared skip(Notice notice, Map<String, String> payload, boolean stillApplies, String templateId, int attempt,
                          String why, LocalDateTime now) {
        notices.finish(notice.getId(), NoticeStatus.SKIPPED, templateId, notice.getNextAttemptAt(), null, null, why, now);
        attempts.insert(NoticeAttempt.of(notice.getId(), attempt, NoticeAttempt.Outcome.SKIPPED, null, why, null, null, now));
        return Prepared.finished(notice, payload, stillApplies, NoticeStatus.SKIPPED);
    }

    private void record(Notice notice, String templateId, SendRules.Decision decision, long tookMs) {
        LocalDateTime now = LocalDateTime.now(clock);
        int changed = notices.finish(notice.getId(), decision.status(), templateId, decision.nextAttemptAt(),
                decision.status() == NoticeStatus.SENT ? now : null, decision.errcode(),
                decision.error() == null ? null : Texts.clip(decision.error(), 255), now);
        if (changed != 1) {
            // Our claim was declared stale and abandoned meanwhile (a send slower than taoshu.notify.stale-sending-after).
            log.warn("notice {} left SENDING before its outcome {} was written", notice.getId(), decision.status());
        }
        switch (decision.consent()) {
            case GIVE_BACK -> consents.giveBack(notice.getReaderId(), templateId, now);
            case REVOKE -> consents.revoke(notice.getReaderId(), templateId, now);
            case KEEP_CONSUMED -> { }
        }
        attempts.insert(NoticeAttempt.of(notice.getId(), notice.getAttempts(), decision.outcome(), decision.errcode(),
                decision.error(), tookMs, null, now));
    }

    /** SENDING rows older than the limit: the outcome is unknown, so they become FAILED (never re-sent by themselves). */
    private int abandonStale(int shardIndex, int shardTotal) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime cutoff = now.minus(properties.staleSendingAfter());
        int abandoned = 0;
        for (long id : notices.staleSendingIds(cutoff, shardIndex, shardTotal)) {
            String why = "发送中断，结果未知；为避免重复不自动重发，可人工重发";
            Integer changed = tx.execute(status -> {
                int n = notices.abandonStale(id, cutoff, why, now);
                if (n == 1) {
                    Notice notice = notices.selectById(id);
                    attempts.insert(NoticeAttempt.of(id, notice.getAttempts(), NoticeAttempt.Outcome.ABANDONED, null, why,
                            null, null, now));
                }
                return n;
            });
            abandoned += changed == null ? 0 : changed;
        }
        if (abandoned > 0) {
            log.warn("outbox: {} notices were interrupted while sending and are now FAILED (unknown outcome)", abandoned);
        }
        return abandoned;
    }
}
