package com.taoshu.loan.overdue;

import com.taoshu.loan.BorrowRules;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderCardHistory;
import com.taoshu.reader.ReaderCardHistoryMapper;
import com.taoshu.reader.ReaderMapper;
import com.taoshu.reader.Readers;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic card suspension for long-overdue loans: a loan overdue by more than the card type's
 * {@code suspend_after_overdue_days} suspends the card for new orders; when no loan is overdue by more than that any
 * more, the card is restored — but only a suspension this rule made (the latest CARD_STATUS history row is the
 * SYSTEM's with the {@link #SUSPEND_REASON} text). A librarian's suspension by hand is never lifted here.
 */
@Component
public class OverdueSuspensions {

    static final String SUSPEND_REASON = "逾期超过%d天自动暂停";
    static final String LIFT_REASON = "逾期已归还自动恢复";

    private final OverdueMapper mapper;
    private final Readers readers;
    private final ReaderMapper readerMapper;
    private final ReaderCardHistoryMapper historyMapper;
    private final BorrowRules rules;
    private final TransactionTemplate tx;
    private final Clock clock;

    public OverdueSuspensions(OverdueMapper mapper, Readers readers, ReaderMapper readerMapper,
                              ReaderCardHistoryMapper historyMapper, BorrowRules rules, PlatformTransactionManager txManager,
                              Clock clock) {
        this.mapper = mapper;
        this.readers = readers;
        this.readerMapper = readerMapper;
        this.historyMapper = historyMapper;
        this.rules = rules;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    public record Sweep(int suspended, int restored) {
    }

    /** One pass over this shard's readers, one short transaction per reader (idempotent: a second pass changes nothing). */
    public Sweep sweep(int shardIndex, int shardTotal) {
        LocalDate today = LocalDate.now(clock);
        int suspended = 0;
        for (long readerId : mapper.toSuspend(today, shardIndex, shardTotal)) {
            if (Boolean.TRUE.equals(tx.execute(s -> suspendIfLongOverdue(readerId)))) {
                suspended++;
            }
        }
        int restored = 0;
        for (long readerId : mapper.suspendedWithoutLongOverdue(today, shardIndex, shardTotal)) {
            if (Boolean.TRUE.equals(tx.execute(s -> liftIfCleared(readerId)))) {
                restored++;
            }
        }
        return new Sweep(suspended, restored);
    }

    /** In the caller's transaction; false when the card is not active, nothing is long overdue, or the card just changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean suspendIfLongOverdue(long readerId) {
        Reader reader = readers.get(readerId);
        if (reader.getCardStatus() != CardStatus.ACTIVE) {
            return false;
        }
        int limit = limit(reader);
        if (mapper.maxOverdueDays(readerId, LocalDate.now(clock)) <= limit) {
            return false;
        }
        return change(reader, CardStatus.SUSPENDED, SUSPEND_REASON.formatted(limit));
    }

    /** In the caller's transaction; restores only a card this rule suspended, once nothing is long overdue. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean liftIfCleared(long readerId) {
        Reader reader = readers.get(readerId);
        if (reader.getCardStatus() != CardStatus.SUSPENDED || !isAutomatic(mapper.lastStatusChange(readerId))) {
            return false;
        }
        if (mapper.maxOverdueDays(readerId, LocalDate.now(clock)) > limit(reader)) {
            return false;
        }
        return change(reader, CardStatus.ACTIVE, LIFT_REASON);
    }

    static boolean isAutomatic(OverdueMapper.LastStatusChange last) {
        return last != null && Actor.Type.SYSTEM.name().equals(last.actorType()) && last.reason() != null
                && last.reason().matches("逾期超过\\d+天自动暂停");
    }

    private int limit(Reader reader) {
        Integer days = rules.of(reader.getCardType()).getSuspendAfterOverdueDays();
        return days == null ? 30 : days;
    }

    /** Optimistic (reader.version): a card a librarian changed a moment ago is left for the next pass. */
    private boolean change(Reader reader, CardStatus to, String reason) {
        CardStatus from = reader.getCardStatus();
        reader.setCardStatus(to);
        if (readerMapper.updateById(reader) == 0) {
            return false;
        }
        historyMapper.insert(ReaderCardHistory.of(reader.getId(), "CARD_STATUS", from.name(), to.name(), reason,
                Actor.Type.SYSTEM.name(), null, LocalDateTime.now(clock)));
        return true;
    }
}
