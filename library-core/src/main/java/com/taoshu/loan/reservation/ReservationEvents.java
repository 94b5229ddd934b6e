package com.taoshu.loan.reservation;

import org.springframework.modulith.NamedInterface;

/** Published inside the transaction that changed a reservation; notices are enqueued after commit. */
@NamedInterface("reservation")
public final class ReservationEvents {

    private ReservationEvents() {
    }

    @NamedInterface("reservation")
    public record ReservationReady(long reservationId, long readerId, long orderId) {
    }

    /** The desk took the reader out of the queue (the reader is told, with the reason). */
    @NamedInterface("reservation")
    public record ReservationCancelledAtDesk(long reservationId, long readerId, String title, long branchId, String reason) {
    }
}
