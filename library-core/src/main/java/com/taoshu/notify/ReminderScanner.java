package com.taoshu.notify;

import com.taoshu.notify.internal.NoticeFactsMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The reminder jobs' work: scan ACTIVE loans (idx_loan_status_due) or READY_FOR_PICKUP orders
 * (idx_order_status_deadline) for this shard and queue reminders. Idempotent through the dedup key, whose date part
 * is the loan's due date — after a renewal the reminders follow the new due date; a returned loan is not ACTIVE and
 * never scanned (its pending reminders were cancelled on return and are re-checked before sending).
 */
@Service
public class ReminderScanner {

    private final NoticeFactsMapper facts;
    private final NoticeDrafts drafts;
    private final NoticeOutbox outbox;
    private final NotifyProperties properties;
    private final Clock clock;

    public ReminderScanner(NoticeFactsMapper facts, NoticeDrafts drafts, NoticeOutbox outbox, NotifyProperties properties,
                           Clock clock) {
        this.facts = facts;
        this.drafts = drafts;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    public record ScanResult(int scanned, int queued) {

        ScanResult plus(ScanResult other) {
            return new ScanResult(scanned + other.scanned, queued + other.queued);
        }

        @Override
        public String toString() {
            return "scanned=" + scanned + " queued=" + queued;
        }
    }

    /** dueReminderJob: loans due within the next {@code dueSoonDays} days (two days before due, or later if missed). */
    public ScanResult dueSoon(int shardIndex, int shardTotal) {
        LocalDate today = LocalDate.now(clock);
        return scanLoans(today.plusDays(1), today.plusDays(properties.dueSoonDays()), shardIndex, shardTotal,
                loan -> drafts.loan(NoticeKind.DUE_SOON, loan, today, loan.dueDate().toString()));
    }

    /**
     * overdueReminderJob: on overdue day 1, 7 and 14 (each with up to {@code catchUpDays} of grace for a missed run,
     * never reaching into the next stage), one reminder each.
     */
    public ScanResult overdue(int shardIndex, int shardTotal) {
        LocalDate today = LocalDate.now(clock);
        List<Integer> stages = properties.overdueDays();
        ScanResult total = new ScanResult(0, 0);
        for (int i = 0; i < stages.size(); i++) {
            int day = stages.get(i);
            int grace = i + 1 < stages.size() ? Math.min(properties.catchUpDays(), stages.get(i + 1) - day - 1)
                    : properties.catchUpDays();
            total = total.plus(scanLoans(today.minusDays(day + grace), today.minusDays(day), shardIndex, shardTotal,
                    loan -> drafts.loan(NoticeKind.OVERDUE, loan, today, loan.dueDate() + "+" + day)));
        }
        return total;
    }

    /** pickupDeadlineReminderJob: orders on the holding shelf whose pickup deadline is tomorrow. */
    public ScanResult pickupDeadlineTomorrow(int shardIndex, int shardTotal) {
        LocalDate today = LocalDate.now(clock);
        LocalDate tomorrow = today.plusDays(1);
        int scanned = 0;
        int queued = 0;
        long after = 0;
        while (true) {
            List<Long> ids = facts.readyOrdersWithDeadline(tomorrow.atStartOfDay(), tomorrow.plusDays(1).atStartOfDay(),
                    after, shardIndex, shardTotal, properties.scanPageSize());
            if (ids.isEmpty()) {
                break;
            }
            List<NoticeDraft> page = new ArrayList<>();
            for (long id : ids) {
                drafts.order(NoticeKind.PICKUP_DEADLINE, id, today, tomorrow.toString(), java.util.Map.of()).ifPresent(page::add);
            }
            scanned += ids.size();
            queued += outbox.enqueueAll(page);
            after = ids.getLast();
        }
        return new ScanResult(scanned, queued);
    }

    private ScanResult scanLoans(LocalDate from, LocalDate to, int shardIndex, int shardTotal,
                                 java.util.function.Function<NoticeFactsMapper.LoanFacts, NoticeDraft> draft) {
        if (to.isBefore(from)) {
            return new ScanResult(0, 0);
        }
        int scanned = 0;
        int queued = 0;
        LocalDate afterDue = from.minusDays(1);
        long afterId = 0;
        while (true) {
            List<NoticeFactsMapper.LoanFacts> loans = facts.activeLoansDue(from, to, afterDue, afterId, shardIndex,
                    shardTotal, properties.scanPageSize());
            if (loans.isEmpty()) {
                break;
            }
            queued += outbox.enqueueAll(loans.stream().map(draft).toList());
            scanned += loans.size();
            NoticeFactsMapper.LoanFacts last = loans.getLast();
            afterDue = last.dueDate();
            afterId = last.id();
        }
        return new ScanResult(scanned, queued);
    }
}
