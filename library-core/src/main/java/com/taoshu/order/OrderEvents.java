package com.taoshu.order;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Domain events of orders, published in the transaction and handled after commit through the event publication
 * registry (notices; docs/design-decisions.md, "Events that are not lost"). {@code day} is the day it happened: the
 * notice's date, so a publication resubmitted on a later day still is the same notice.
 */
public final class OrderEvents {

    private OrderEvents() {
    }

    public record OrderApproved(long orderId, long readerId, Fulfilment fulfilment, boolean automatic, LocalDate day) {
    }

    public record OrderRejected(long orderId, long readerId, String reason, LocalDate day) {
    }

    public record OrderReadyForPickup(long orderId, long readerId, long branchId, LocalDateTime pickupDeadline, LocalDate day) {
    }

    public record OrderCancelled(long orderId, long readerId) {
    }

    public record OrderExpired(long orderId, long readerId) {
    }

    public record OrderPickedUp(long orderId, long readerId) {
    }

    public record OrderOutForDelivery(long orderId, long readerId, LocalDate day) {
    }

    public record OrderDelivered(long orderId, long readerId, LocalDate day) {
    }
}
