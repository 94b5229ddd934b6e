package com.taoshu.order;

import com.taoshu.order.internal.OrderHandover;
import com.taoshu.shared.security.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The order side of home delivery, called by dispatch and the courier app inside their transactions: dispatched,
 * out for delivery (handover code issued), delivered (loans start at that moment), failed (retry or back to shelf).
 */
@Service
public class OrderDeliveryService {

    /** A failed delivery is retried in a later slot at most this many times, then the books go back to the shelf. */
    public static final int MAX_RETRIES = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrderStore store;
    private final OrderApprovalService approval;
    private final OrderHandover handover;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderDeliveryService(OrderStore store, OrderApprovalService approval, OrderHandover handover,
                         ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.approval = approval;
        this.handover = handover;
        this.events = events;
        this.clock = clock;
    }

    public BorrowOrder dispatch(long orderId, Actor by) {
        BorrowOrder order = store.get(orderId);
        order.dispatch(by, LocalDateTime.now(clock));
        store.save(order);
        return order;
    }

    public BorrowOrder goOut(long orderId, Actor by) {
        BorrowOrder order = store.get(orderId);
        order.goOut(by, String.format("%04d", RANDOM.nextInt(10_000)), LocalDateTime.now(clock));
        store.save(order);
        events.publishEvent(new OrderEvents.OrderOutForDelivery(order.getId(), order.getReaderId(), LocalDate.now(clock)));
        return order;
    }

    /** Handed over at the door: DELIVERED, and one loan per copy starts now. */
    public BorrowOrder delivered(long orderId, Actor by, String note) {
        BorrowOrder order = store.get(orderId);
        handover.handOver(order, OrderHandover.Channel.DOOR, by, note, LocalDateTime.now(clock));
        return order;
    }

    /** Not handed over; {@code nextSlotId} is a later slot already reserved for the retry, or null when there is none. */
    public BorrowOrder failed(long orderId, Actor by, String reason, Long nextSlotId) {
        BorrowOrder order = store.get(orderId);
        boolean retry = order.deliveryFailed(by, reason, MAX_RETRIES, nextSlotId, LocalDateTime.now(clock));
        store.save(order);
        if (!retry) {
            approval.releaseCopies(order, "配送失败退回");
        }
        return order;
    }

    public boolean mayRetry(long orderId) {
        return store.get(orderId).getDeliveryAttempts() < MAX_RETRIES;
    }
}
