package com.taoshu.loan;

import java.time.LocalDate;

public final class LoanEvents {

    private LoanEvents() {
    }

    public record LoanRenewed(long loanId, long readerId, LocalDate dueDate) {
    }

    public record LoanReturned(long loanId, long readerId, long bookId, long copyId, long branchId) {
    }

    /** Closed as LOST or DAMAGED: the copy left circulation (no CopyReleased), reminders stop. */
    public record LoanClosedWithLoss(long loanId, long readerId, long bookId, long copyId, long branchId, LoanStatus outcome) {
    }
}
