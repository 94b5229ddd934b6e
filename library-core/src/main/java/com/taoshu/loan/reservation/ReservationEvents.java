package com.taoshu.loan.reservation;

/** Published inside the transaction that held a copy for a reservation; notices are enqueued after commit. */
public final class ReservationEvents {

    private ReservationEvents() {
    }

    public record ReservationReady(long reservationId, long readerId, long orderId) {
    }
}
