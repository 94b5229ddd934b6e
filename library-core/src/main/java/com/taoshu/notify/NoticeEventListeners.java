package com.taoshu.notify;

import com.taoshu.loan.LoanEvents;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderEvents;
import com.taoshu.order.OrderStore;
import com.taoshu.order.OrderTracking;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Order and loan events → notices, after the business transaction committed (a rolled-back approval notifies no
 * one). The notice is only queued here; outboxSendJob sends it. Each event reaches these listeners through the event
 * publication registry (EVENT_PUBLICATION): the publication is written in the business transaction and completed
 * when the listener returned; a listener that fails (or an instance that dies before it ran) leaves it incomplete, and
 * {@link com.taoshu.shared.event.EventPublications} hands it to the listener again later. A failure therefore never
 * undoes the business change and never loses the notice — and every listener here must be harmless when run twice:
 * the notice's dedup key is made of the event's own facts (its {@code day}, never the day it is handled), so a
 * resubmitted event finds its notice already queued. Pickup orders get one message on approval (READY_FOR_PICKUP,
 * with branch and deadline) instead of two; ORDER_APPROVED is for delivery orders. OUT_FOR_DELIVERY carries the
 * courier and the ETA; DELIVERED confirms the handover. An order picked up, cancelled or expired skips its pending
 * notices that no longer apply at once.
 */
@Component
public class NoticeEventListeners {

    private static final Logger log = LoggerFactory.getLogger(NoticeEventListeners.class);

    private final NoticeDrafts drafts;
    private static final DateTimeFormatter ETA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NoticeOutbox outbox;
    private final OrderStore orders;
    private final OrderTracking tracking;
    private final Clock clock;

    public NoticeEventListeners(NoticeDrafts drafts, NoticeOutbox outbox, OrderStore orders, OrderTracking tracking,
                                Clock clock) {
        this.drafts = drafts;
        this.outbox = outbox;
        this.orders = orders;
        this.tracking = tracking;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderApproved event) {
        if (event.fulfilment() != Fulfilment.PICKUP) {
            orderNotice(NoticeKind.ORDER_APPROVED, event.orderId(), event.day(), Map.of());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderRejected event) {
        orderNotice(NoticeKind.ORDER_REJECTED, event.orderId(), event.day(),
                Map.of("reason", event.reason() == null ? "" : event.reason()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderReadyForPickup event) {
        orderNotice(NoticeKind.READY_FOR_PICKUP, event.orderId(), event.day(), Map.of());
    }

    /** The courier set off: who is coming and when (the handover code is in the mini-program, never in a message). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderOutForDelivery event) {
        guarded("tracking for order " + event.orderId(), () -> {
            Map<String, String> extra = tracking.of(orders.get(event.orderId()), false)
                    .map(t -> Map.of("courier", t.courierName() == null ? "配送员" : t.courierName(),
                            "eta", t.eta() == null ? "" : t.eta().format(ETA)))
                    .orElse(Map.of("courier", "配送员", "eta", ""));
            orderNotice(NoticeKind.OUT_FOR_DELIVERY, event.orderId(), event.day(), extra);
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderDelivered event) {
        orderNotice(NoticeKind.DELIVERED, event.orderId(), event.day(), Map.of());
    }

    /** Picked up at the desk: the pickup reminders still waiting are moot. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderPickedUp event) {
        guarded("skip pickup notices of picked-up order " + event.orderId(), () -> outbox.cancelOrderNotices(
                event.orderId(), EnumSet.of(NoticeKind.READY_FOR_PICKUP, NoticeKind.PICKUP_DEADLINE), "已取书，不再提醒"));
    }

    /** The reader cancelled: nothing about the order's way to the reader applies any more (a rejection never came). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderCancelled event) {
        guarded("skip notices of cancelled order " + event.orderId(), () -> outbox.cancelOrderNotices(event.orderId(),
                EnumSet.of(NoticeKind.ORDER_APPROVED, NoticeKind.READY_FOR_PICKUP, NoticeKind.PICKUP_DEADLINE,
                        NoticeKind.OUT_FOR_DELIVERY, NoticeKind.DELIVERY_REBOOKED), "订单已取消，不再提醒"));
    }

    /** Not picked up in time: the books went back to the shelf, the pickup reminders still waiting are moot. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(OrderEvents.OrderExpired event) {
        guarded("skip pickup notices of expired order " + event.orderId(), () -> outbox.cancelOrderNotices(
                event.orderId(), EnumSet.of(NoticeKind.READY_FOR_PICKUP, NoticeKind.PICKUP_DEADLINE), "已过期未取，不再提醒"));
    }

    /** The planner moved a visit no route under way could take to the next slot: the reader learns the new slot. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(com.taoshu.delivery.DeliveryEvents.VisitRebooked event) {
        Map<String, String> extra = Map.of("slot", event.slotText(), "slotId", Long.toString(event.slotId()));
        if (event.job() == com.taoshu.delivery.DeliveryEvents.Job.ORDER) {
            // dated by the slot it moved to (the dedup key), so a resubmission finds it queued
            guarded("re-booking notice for order " + event.subjectId(), () -> drafts.order(NoticeKind.DELIVERY_REBOOKED,
                    event.subjectId(), LocalDate.now(clock), "slot" + event.slotId(), extra).ifPresent(outbox::enqueue));
        } else {
            guarded("re-booking notice for pickup " + event.subjectId(), () -> outbox.enqueue(drafts.pickupRebooked(
                    event.subjectId(), event.readerId(), event.branchId(), event.books(), event.slotId(), event.slotText(),
                    LocalDate.now(clock))));
        }
    }

    /** A copy is held for a reservation: the notice is about the reservation, its facts come from the new order. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(com.taoshu.reservation.ReservationEvents.ReservationReady event) {
        guarded("reservation notice " + event.reservationId(), () -> {
            LocalDate day = event.day();
            drafts.order(NoticeKind.RESERVATION_AVAILABLE, event.orderId(), day, day.toString(),
                            Map.of("reservationId", Long.toString(event.reservationId())))
                    .map(d -> new NoticeDraft(d.readerId(), d.kind(), event.reservationId(), d.dateKey(), d.payload()))
                    .ifPresent(outbox::enqueue);
        });
    }

    /** The desk cancelled a reservation: the reader learns why instead of waiting for a book that will not come. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(com.taoshu.reservation.ReservationEvents.ReservationCancelledAtDesk event) {
        guarded("reservation cancelled notice " + event.reservationId(), () -> outbox.enqueue(drafts.reservationCancelled(
                event.reservationId(), event.readerId(), event.title(), event.branchId(), event.reason(), LocalDate.now(clock))));
    }

    /** A librarian decided the reader's 送书上门 application: approved, or why not. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(com.taoshu.delivery.DeliveryEvents.ApplicationDecided event) {
        guarded("delivery application notice " + event.applicationId(), () -> outbox.enqueue(drafts.applicationDecided(
                NoticeKind.DELIVERY_APPLICATION, event.applicationId(), event.readerId(), event.approved(), event.reason(),
                event.day())));
    }

    /** The home branch decided the reader's 诚信通 application: approved, or why not. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(com.taoshu.upgrade.CardApplicationDecided event) {
        guarded("card application notice " + event.applicationId(), () -> outbox.enqueue(drafts.applicationDecided(
                NoticeKind.CARD_APPLICATION, event.applicationId(), event.readerId(), event.approved(), event.reason(),
                event.day())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(LoanEvents.LoanReturned event) {
        guarded("cancel reminders of returned loan " + event.loanId(),
                () -> outbox.cancelLoanReminders(event.loanId(), "已归还，不再提醒"));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(LoanEvents.LoanClosedWithLoss event) {
        guarded("cancel reminders of lost/damaged loan " + event.loanId(),
                () -> outbox.cancelLoanReminders(event.loanId(), "已登记" + event.outcome().label() + "，不再提醒"));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(LoanEvents.LoanRenewed event) {
        guarded("cancel reminders of renewed loan " + event.loanId(),
                () -> outbox.cancelLoanReminders(event.loanId(), "已续借，按新到期日提醒"));
    }

    /** A notice about an order, dated by the day the event happened (also the date in its dedup key). */
    private void orderNotice(NoticeKind kind, long orderId, LocalDate day, Map<String, String> extra) {
        guarded(kind + " notice for order " + orderId,
                () -> drafts.order(kind, orderId, day, day.toString(), extra).ifPresent(outbox::enqueue));
    }

    /**
     * Runs a reaction; a failure is logged and thrown on, so the event's publication stays incomplete and is handed
     * to this listener again (the business transaction has committed already: it stands either way).
     */
    private static void guarded(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("could not {}: the business change stands, the event is handled again later", what, e);
            throw e;
        }
    }
}
