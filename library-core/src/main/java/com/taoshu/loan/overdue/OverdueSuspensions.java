package com.taoshu.loan.overdue;

import com.taoshu.loan.BorrowRules;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderCardService;
import com.taoshu.reader.Readers;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic card suspension for long-overdue loans: a loan overdue by more than the card type's
 * {@code suspend_after_overdue_days} suspends the card for new orders; when no loan is overdue by more than that any
 * more, the card is restored — but only a suspension this rule made (the card's latest status change is the
 * SYSTEM's with the {@link #SUSPEND_REASON} text). A librarian's suspension by hand is never lifted here. The card and
 * its history are the reader feature's: read and changed through {@link ReaderCardService}.
 */
@Component
public class OverdueSuspensions {

    static final String SUSPEND_REASON = "逾期超过%d天自动暂停";
    static final String LIFT_REASON = "逾期已归还自动恢复";

    private final OverdueMapper mapper;
    private final Readers readers;
    private final ReaderCardService cards;
    private final BorrowRules rules;
    private final TransactionTemplate tx;
    private final Clock clock;

    public OverdueSuspensions(OverdueMapper mapper, Readers readers, ReaderCardService cards, BorrowRules rules,
                              PlatformTransactionManager txManager, Clock clock) {
        this.mapper = mapper;
        this.readers = readers;
        this.cards = cards;
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
        return cards.changeStatusBySystem(reader, CardStatus.SUSPENDED, SUSPEND_REASON.formatted(limit));
    }

    /** In the caller's transaction; restores only a card this rule suspended, once nothing is long overdue. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean liftIfCleared(long readerId) {
        Reader reader = readers.get(readerId);
        if (reader.getCardStatus() != CardStatus.SUSPENDED) {
            return false;
        }
        Optional<ReaderCardService.CardHistoryView> last = cards.latestStatusChange(readerId);
        if (last.isEmpty() || !isAutomatic(last.get().actorType(), last.get().reason())) {
            return false;
        }
        if (mapper.maxOverdueDays(readerId, LocalDate.now(clock)) > limit(reader)) {
            return false;
        }
        return cards.changeStatusBySystem(reader, CardStatus.ACTIVE, LIFT_REASON);
    }

    /** Whether the card's latest status change (by whom, why) is this rule's own suspension. */
    static boolean isAutomatic(String actorType, String reason) {
        return Actor.Type.SYSTEM.name().equals(actorType) && reason != null && reason.matches("逾期超过\\d+天自动暂停");
    }

    private int limit(Reader reader) {
        Integer days = rules.of(reader.getCardType()).getSuspendAfterOverdueDays();
        return days == null ? 30 : days;
    }
}
