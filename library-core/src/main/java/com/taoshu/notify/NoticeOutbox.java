package com.taoshu.notify;

import com.taoshu.notify.internal.NoticeAttemptMapper;
import com.taoshu.notify.internal.NoticeMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes notices into the outbox. Idempotent: the dedup key is UNIQUE and a duplicate is "already queued".
 * Runs in a transaction of its own (REQUIRES_NEW), so it commits also when called from an after-commit listener,
 * where the business transaction is finished but still bound to the thread.
 */
@Service
public class NoticeOutbox {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int INSERT_BATCH = 500;

    private final NoticeMapper notices;
    private final NoticeAttemptMapper attempts;
    private final TransactionTemplate ownTx;
    private final Clock clock;

    public NoticeOutbox(NoticeMapper notices, NoticeAttemptMapper attempts, PlatformTransactionManager txManager,
                        Clock clock) {
        this.notices = notices;
        this.attempts = attempts;
        this.ownTx = new TransactionTemplate(txManager);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Queues one notice; false when its dedup key was already queued. */
    public boolean enqueue(NoticeDraft draft) {
        return enqueueAll(List.of(draft)) == 1;
    }

    /** Queues notices in multi-row inserts; returns how many were new. */
    public int enqueueAll(List<NoticeDraft> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int added = 0;
        for (int from = 0; from < drafts.size(); from += INSERT_BATCH) {
            List<Notice> rows = new ArrayList<>();
            for (NoticeDraft draft : drafts.subList(from, Math.min(drafts.size(), from + INSERT_BATCH))) {
                rows.add(row(draft));
            }
            Integer n = ownTx.execute(status -> notices.enqueue(rows, now));
            added += n == null ? 0 : n;
        }
        return added;
    }

    /**
     * Pending reminders about a loan that no longer apply (returned, or renewed to a new due date) become SKIPPED,
     * each with the reason in its attempt log. A reminder being sent right now (SENDING) is left to its sender, which
     * checked the loan when it claimed it.
     */
    public int cancelLoanReminders(long loanId, String reason) {
        return skipPending(NoticeKind.SubjectType.LOAN, loanId, EnumSet.of(NoticeKind.DUE_SOON, NoticeKind.OVERDUE), reason);
    }

    /**
     * Pending notices of these kinds about an order that no longer apply (picked up, cancelled, expired) become
     * SKIPPED at once with the reason in the attempt log, instead of at their next claim.
     */
    public int cancelOrderNotices(long orderId, Set<NoticeKind> kinds, String reason) {
        return skipPending(NoticeKind.SubjectType.ORDER, orderId, kinds, reason);
    }

    private int skipPending(NoticeKind.SubjectType subjectType, long subjectId, Set<NoticeKind> kinds, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Integer n = ownTx.execute(status -> {
            int skipped = 0;
            for (Notice pending : notices.pendingAbout(subjectType, subjectId, kinds)) {
                if (notices.skipPending(pending.getId(), reason, now) == 1) {
                    attempts.insert(NoticeAttempt.of(pending.getId(), pending.getAttempts(), NoticeAttempt.Outcome.SKIPPED,
                            null, reason, null, null, now));
                    skipped++;
                }
            }
            return skipped;
        });
        return n == null ? 0 : n;
    }

    static Map<String, String> payload(Notice notice) {
        return JSON.readValue(notice.getPayload(), new TypeReference<LinkedHashMap<String, String>>() { });
    }

    private static Notice row(NoticeDraft draft) {
        Notice n = new Notice();
        n.setReaderId(draft.readerId());
        n.setKind(draft.kind());
        n.setSubjectType(draft.kind().subjectType());
        n.setSubjectId(draft.subjectId());
        n.setDedupKey(draft.dedupKey());
        n.setPayload(JSON.writeValueAsString(draft.payload()));
        // the 消息中心 entry is the row itself: stored by the same INSERT, whatever the channels do later
        n.setTitle(InboxTexts.title(draft.kind()));
        n.setBody(InboxTexts.body(draft.kind(), draft.payload()));
        return n;
    }
}
