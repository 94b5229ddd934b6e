package com.taoshu.loan;

import com.taoshu.catalog.CopyHolds;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Starting loans at handover (desk pickup, door delivery: copy HELD → ON_LOAN) or at desk checkout without an order
 * (copy AVAILABLE → ON_LOAN): one loan per copy, one path.
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
    public java.util.Optional<Loan> startAtDesk(long readerId, com.taoshu.reader.CardType cardType, long bookId, long copyId,
                                               long branchId, Actor by, LocalDateTime at) {
        if (!copies.lendFromShelf(copyId)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(begin(readerId, cardType, bookId, copyId, branchId, null, by, at));
    }

    private Loan begin(long readerId, com.taoshu.reader.CardType cardType, long bookId, long copyId, long branchId,
                       Long orderId, Actor by, LocalDateTime handover) {
        Loan loan = Loan.start(readerId, bookId, copyId, branchId, orderId, rules.of(cardType), handover);
        loanMapper.insert(loan);
        historyMapper.insert(LoanHistory.of(loan.getId(), "STARTED", null, loan.getDueDate(), by, handover));
        return loan;
    }
}
