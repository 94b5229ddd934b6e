package com.taoshu.loan.reservation;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * Published inside the transaction that changed a reservation; notices are enqueued after commit through the event
 * publication registry ({@code day}: the day it happened, the notice's date on a later resubmission too).
 */
@NamedInterface("reservation")
public final class ReservationEvents {

    private ReservationEvents() {
    }

    @NamedInterface("reservation")
    public record ReservationReady(long reservationId, long readerId, long orderId, LocalDate day) {
    }

    /** The desk took the reader out of the queue (the reader is told, with the reason). */
    @NamedInterface("reservation")
    public record ReservationCancelledAtDesk(long reservationId, long readerId, String title, long branchId, String reason) {
    }
}
