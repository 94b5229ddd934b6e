package com.taoshu.loan;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.CopyHolds;
import com.taoshu.loan.internal.LoanHistory;
import com.taoshu.loan.internal.LoanHistoryMapper;
import com.taoshu.loan.internal.LoanMapper;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Loans as other modules use them: starting loans at handover (desk pickup, door delivery: copy HELD → ON_LOAN) or at
 * desk checkout without an order (copy AVAILABLE → ON_LOAN) — one loan per copy, one path — and finding them (the
 * desk's returns). Changes after the start go through {@link LoanService}.
 */
@Component
public class Loans {

    private final LoanMapper loanMapper;
    private final LoanHistoryMapper historyMapper;
    private final BorrowRules rules;
    private final CopyHolds copies;

    public Loans(LoanMapper loanMapper, LoanHistoryMapper historyMapper, BorrowRules rules, CopyHolds copies) {
        this.loanMapper = loanMapper;
        this.historyMapper = historyMapper;
        this.rules = rules;
        this.copies = copies;
    }

    /** Lends the copy held for the order; false (and no loan) if the copy is no longer held for it. */
    public boolean start(long readerId, com.taoshu.reader.CardType cardType, long bookId, long copyId, long branchId,
                         long orderId, Actor by, LocalDateTime handover) {
        if (!copies.lend(copyId, orderId)) {
            return false;
        }
        begin(readerId, cardType, bookId, copyId, branchId, orderId, by, handover);
        return true;
    }

    /**
     * Lends a copy straight from the shelf at the desk (a reader at the counter with the book in hand, no order): the
     * same loan as at a handover. Empty (and no loan) when the copy is no longer AVAILABLE.
     */
    public Optional<Loan> startAtDesk(long readerId, com.taoshu.reader.CardType cardType, long bookId, long copyId,
                                               long branchId, Actor by, LocalDateTime at) {
        if (!copies.lendFromShelf(copyId)) {
            return Optional.empty();
        }
        return Optional.of(begin(readerId, cardType, bookId, copyId, branchId, null, by, at));
    }

    public Optional<Loan> find(long id) {
        return Optional.ofNullable(loanMapper.selectById(id));
    }

    /** The copy's latest loan in one of these statuses (the desk scans a copy: is it out, or back already?). */
    public Optional<Loan> latestOfCopy(long copyId, Collection<LoanStatus> statuses) {
        return loanMapper.selectList(Wrappers.<Loan>lambdaQuery().eq(Loan::getCopyId, copyId).in(Loan::getStatus, statuses)
                .orderByDesc(Loan::getId).last("LIMIT 1")).stream().findFirst();
    }

    private Loan begin(long readerId, com.taoshu.reader.CardType cardType, long bookId, long copyId, long branchId,
                       Long orderId, Actor by, LocalDateTime handover) {
        Loan loan = Loan.start(readerId, bookId, copyId, branchId, orderId, rules.of(cardType), handover);
        loanMapper.insert(loan);
        historyMapper.insert(LoanHistory.of(loan.getId(), "STARTED", null, loan.getDueDate(), by, handover));
        return loan;
    }
}
