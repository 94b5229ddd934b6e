package com.taoshu.order;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Live delivery tracking shown in the reader's order detail (implemented by the delivery feature). */
public interface OrderTracking {

    /**
     * {@code courierLat}, {@code courierLng} and {@code positionAt} are null when no position of the courier is known —
     * none reported since setting off, or Redis (where positions live) lost it — and {@code eta} is then the planned
     * arrival.
     */
    record Tracking(String courierName, String courierPhoneMasked, Double courierLat, Double courierLng,
                    OffsetDateTime positionAt, OffsetDateTime plannedArrival, OffsetDateTime eta, int stopsBefore,
                    String handoverCode) {
    }

    /** Tracking for an order on a route; {@code owner} is true only for the reader who placed it (sees the code). */
    Optional<Tracking> of(BorrowOrder order, boolean owner);
}
