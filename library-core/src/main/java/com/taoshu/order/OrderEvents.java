package com.taoshu.order;

import java.time.LocalDateTime;

/** Domain events of orders, published in the transaction and handled after commit (notifications, stats). */
public final class OrderEvents {

    private OrderEvents() {
    }

    public record OrderSubmitted(long orderId, long readerId, long branchId) {
    }

    public record OrderApproved(long orderId, long readerId, Fulfilment fulfilment, boolean automatic) {
    }

    public record OrderRejected(long orderId, long readerId, String reason) {
    }

    public record OrderReadyForPickup(long orderId, long readerId, long branchId, LocalDateTime pickupDeadline) {
    }

    public record OrderCancelled(long orderId, long readerId) {
    }

    public record OrderExpired(long orderId, long readerId) {
    }

    public record OrderPickedUp(long orderId, long readerId) {
    }

    public record OrderOutForDelivery(long orderId, long readerId) {
    }

    public record OrderDelivered(long orderId, long readerId) {
    }

    /** A copy went back to AVAILABLE at a branch (reservations hand it to the next reader in the queue). */
    public record CopyReleased(long copyId, long bookId, long branchId) {
    }
}
