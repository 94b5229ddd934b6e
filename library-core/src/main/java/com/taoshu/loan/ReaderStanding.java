package com.taoshu.loan;

import com.taoshu.loan.internal.StandingMapper;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A reader's standing for borrowing decisions: loans now, overdue loans, books held in open orders. */
@Component
public class ReaderStanding {

    private final StandingMapper mapper;
    private final OpenOrderBooks openOrderBooks;
    private final Clock clock;

    public ReaderStanding(StandingMapper mapper, OpenOrderBooks openOrderBooks, Clock clock) {
        this.mapper = mapper;
        this.openOrderBooks = openOrderBooks;
        this.clock = clock;
    }

    public record Standing(int activeLoans, int overdueLoans, int openOrderBooks) {

        /** Books counting against the card's loan limit. */
        public int committed() {
            return activeLoans + openOrderBooks;
        }
    }

    public Standing of(long readerId) {
        StandingMapper.LoanCounts loans = mapper.loans(readerId, LocalDate.now(clock));
        return new Standing(loans.activeLoans(), loans.overdueLoans(), openOrderBooks.heldBy(readerId));
    }

    /** As {@link #of}, after row-locking the reader for the rest of the transaction (a decision on the loan limit). */
    public Standing lockedOf(long readerId) {
        mapper.lockReader(readerId);
        return of(readerId);
    }
}
