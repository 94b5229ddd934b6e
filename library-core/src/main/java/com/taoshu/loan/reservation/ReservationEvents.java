package com.taoshu.loan.reservation;

/** Published inside the transaction that changed a reservation; notices are enqueued after commit. */
public final class ReservationEvents {

    private ReservationEvents() {
    }

    public record ReservationReady(long reservationId, long readerId, long orderId) {
    }

    /** The desk took the reader out of the queue (the reader is told, with the reason). */
    public record ReservationCancelledAtDesk(long reservationId, long readerId, String title, long branchId, String reason) {
    }
}
