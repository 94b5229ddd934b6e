package com.taoshu.loan.overdue;

import com.taoshu.loan.LoanEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The last long-overdue loan closed (returned, or closed as lost/damaged): the automatic suspension is lifted in the
 * same transaction, so the reader can order again the moment the book is back (the job catches anything missed).
 */
@Component
class OverdueLiftListener {

    private final OverdueSuspensions suspensions;

    OverdueLiftListener(OverdueSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @EventListener
    public void on(LoanEvents.LoanReturned event) {
        suspensions.liftIfCleared(event.readerId());
    }

    @EventListener
    public void on(LoanEvents.LoanClosedWithLoss event) {
        suspensions.liftIfCleared(event.readerId());
    }
}
