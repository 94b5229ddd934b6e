package com.taoshu.reservation.internal;

import com.taoshu.catalog.CopyHolds;
import com.taoshu.catalog.CopyReleased;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderPlacement;
import com.taoshu.reservation.Reservation;
import com.taoshu.reservation.ReservationEvents;
import com.taoshu.reservation.ReservationService;
import com.taoshu.reservation.internal.ReservationHistory;
import com.taoshu.reservation.internal.ReservationHistoryMapper;
import com.taoshu.reservation.internal.ReservationMapper;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-over side of reservations: a copy that comes back to the shelf (returned, released, new) is held for the
 * head of its title's queue in a new borrow order — placed through the same {@link OrderPlacement} as a reader's
 * submit — approved at once (actor SYSTEM): READY_FOR_PICKUP on the holding shelf, or AWAITING_DISPATCH in the next
 * open slot for a delivery-eligible reader who asked for delivery. The head row is locked and moved by a conditional
 * update, so two returns at once for a queue of one hold one copy only. reservationExpiryJob's sweep expires lapsed
 * reservations and offers any copy that became free another way. The queue itself is {@link ReservationService}.
 */
@Service
public class ReservationOffers {

    private static final Logger log = LoggerFactory.getLogger(ReservationOffers.class);

    private final ReservationMapper mapper;
    private final ReservationHistoryMapper history;
    private final CopyHolds copies;
    private final OrderPlacement placement;
    private final DeliverySlots slots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReservationOffers(ReservationMapper mapper, ReservationHistoryMapper history, CopyHolds copies,
                             OrderPlacement placement, DeliverySlots slots, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.history = history;
        this.copies = copies;
        this.placement = placement;
        this.slots = slots;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A copy came back to the shelf: the head of the title's queue at that branch gets it, in the same transaction on
     * purpose (not through the event publication registry): the copy goes from the returned loan straight to the
     * waiting reader's order, never visible as free in between to another reader's order (docs/design-decisions.md,
     * "Events that are not lost"). reservationExpiryJob's sweep offers any free copy whose title has a queue.
     */
    @EventListener
    void onCopyReleased(CopyReleased event) {
        offer(event.bookId(), event.branchId());
    }

    /**
     * Holds one AVAILABLE copy of the title for the head of the queue, if anyone waits; returns whether a copy was
     * held. Runs inside the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean offer(long bookId, long branchId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Reservation head = mapper.headForUpdate(bookId, branchId);
            if (head == null) {
                return false;
            }
            OptionalLong copy = copies.claim(bookId, branchId);
            if (copy.isEmpty()) {
                return false; // another transaction holds the free copy: it will make its own offer
            }
            LocalDateTime now = LocalDateTime.now(clock);
            Long slotId = null;
            Fulfilment how = head.getFulfilment();
            if (how == Fulfilment.DELIVERY) {
                slotId = slots.takeFirstOpen(branchId).orElse(null);
                if (slotId == null) {
                    how = Fulfilment.PICKUP; // no slot open in the coming days: the shelf, said in the note
                }
            }
            BorrowOrder order = placement.place(new OrderPlacement.NewOrder(head.getReaderId(), branchId, how,
                    how == Fulfilment.DELIVERY ? head.getAddressId() : null, slotId, null, null, Actor.SYSTEM,
                    List.of(new OrderPlacement.NewLine(bookId, copy.getAsLong(), null)),
                    head.getFulfilment() != how ? "预约到书（暂无可约配送时段，请到馆取书）" : "预约到书"));
            if (mapper.fulfil(head.getId(), order.getId(), now) == 0) {
                throw new IllegalStateException("reservation " + head.getId() + " changed under its row lock");
            }
            history.insert(ReservationHistory.of(head.getId(), new Transition<>(Reservation.Status.WAITING,
                    Reservation.Status.FULFILLED, Actor.SYSTEM, "到书，订单" + order.getOrderNo(), now)));
            events.publishEvent(new ReservationEvents.ReservationReady(head.getId(), head.getReaderId(), order.getId(),
                    now.toLocalDate()));
            log.info("reservation {} fulfilled: copy {} held in order {}", head.getId(), copy.getAsLong(), order.getId());
            return true;
        }
        return false;
    }

    public record SweepResult(int expired, int offered) {

        @Override
        public String toString() {
            return "expired=" + expired + " offered=" + offered;
        }
    }

    /** reservationExpiryJob: lapsed reservations → EXPIRED; free copies of titles with a queue → the queue. */
    @Transactional
    public SweepResult sweep() {
        int expired = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (Reservation lapsed : mapper.lapsed()) {
            lapsed.expire("未在期限内取书", Actor.SYSTEM, now);
            if (mapper.updateById(lapsed) == 1) {
                history.recordMoves(lapsed);
                expired++;
            }
        }
        int offered = 0;
        for (ReservationMapper.QueueKey queue : mapper.queuesWithFreeCopies()) {
            while (offer(queue.bookId(), queue.branchId())) {
                offered++;
            }
        }
        return new SweepResult(expired, offered);
    }
}
