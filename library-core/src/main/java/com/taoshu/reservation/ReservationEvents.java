package com.taoshu.reservation;

import java.time.LocalDate;

/**
 * Published inside the transaction that changed a reservation; notices are enqueued after commit through the event
 * publication registry ({@code day}: the day it happened, the notice's date on a later resubmission too).
 */
public final class ReservationEvents {

    private ReservationEvents() {
    }

    public record ReservationReady(long reservationId, long readerId, long orderId, LocalDate day) {
    }

    /** The desk took the reader out of the queue (the reader is told, with the reason). */
    public record ReservationCancelledAtDesk(long reservationId, long readerId, String title, long branchId, String reason) {
    }
}
