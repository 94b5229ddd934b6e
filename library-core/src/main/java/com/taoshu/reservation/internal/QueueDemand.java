package com.taoshu.reservation.internal;

import com.taoshu.loan.TitleDemand;
import com.taoshu.reservation.ReservationService;
import org.springframework.stereotype.Component;

/** Readers waiting in the title's reservation queue at the branch ({@link TitleDemand}, for renewals). */
@Component
class QueueDemand implements TitleDemand {

    private final ReservationService reservations;

    QueueDemand(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Override
    public long othersWanting(long bookId, long branchId, long exceptReaderId) {
        return reservations.waiting(bookId, branchId, exceptReaderId);
    }
}
