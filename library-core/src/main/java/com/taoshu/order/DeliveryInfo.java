package com.taoshu.order;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Where and when a delivery or a return pickup goes, the same in every view of it (the reader's order and pickup, the
 * librarian's order and pickup lists and the review drawer, the courier's stop): the slot, the reader's narrower
 * window, the address as far as the viewer is entitled to it, the courier and, once planned, the ETA. Declared by
 * {@code order}, whose views carry it, and filled by {@code delivery} (routes and stops are its data) through
 * {@link DeliveryInfoLookup}; delivery uses the same shape for its pickups and stops.
 *
 * @param address        the full address for the reader themselves and for the courier while their route is out;
 *                       district and road with the numbers hidden ({@code addressMasked}) for everyone else
 * @param courierName    who comes (the reader sees 周师傅, staff the full name); null until planned
 * @param planned        on a route and not yet done: {@code plannedArrival} and {@code eta} are set
 * @param eta            the planned arrival, or once the courier is out and has reported a position, an estimate from
 *                       that position through the stops before this one ({@code etaLive}), never earlier than planned
 * @param stopStatus     PLANNED, OUT, DELIVERED, COLLECTED or FAILED of the latest stop; null before planning
 * @param completedAt    when the books were handed over or collected
 */
public record DeliveryInfo(Long slotId, LocalDate slotDate, LocalTime slotStart, LocalTime slotEnd, LocalTime windowStart,
                           LocalTime windowEnd, String address, boolean addressMasked, String courierName,
                           String courierPhoneMasked, boolean planned, OffsetDateTime plannedArrival, OffsetDateTime eta,
                           boolean etaLive, String stopStatus, OffsetDateTime completedAt) {

    /** Who looks: decides how much of the address and of the courier's name is shown. */
    public enum Viewer {
        /** The reader whose order or pickup it is. */
        OWNER,
        /** A librarian or admin at the desk. */
        STAFF,
        /** The courier of the stop's route. */
        COURIER
    }
}
