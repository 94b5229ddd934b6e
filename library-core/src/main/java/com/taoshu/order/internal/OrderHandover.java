package com.taoshu.order.internal;

import com.taoshu.loan.Loans;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderErrorCode;
import com.taoshu.order.OrderEvents;
import com.taoshu.order.OrderLine;
import com.taoshu.order.OrderStore;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place loans start from an order: the books change hands at the desk (PICKED_UP) or at the door (DELIVERED).
 * The order moves, each held line's copy becomes a loan through {@link Loans} and the line LENT, and the channel's
 * event is published, all in the caller's transaction. The callers keep their own checks (the desk: a pickup order of
 * the librarian's branch, its shelf slot; the door: the courier's stop and handover code).
 */
@Component
public class OrderHandover {

    /** Where the books change hands: how the order moves, what a copy no longer held tells the staff, the event. */
    public enum Channel {
        DESK("复本状态异常，无法借出，请核对暂存架",
                (order, at) -> new OrderEvents.OrderPickedUp(order.getId(), order.getReaderId())),
        DOOR("复本状态异常，无法借出，请联系馆员",
                (order, at) -> new OrderEvents.OrderDelivered(order.getId(), order.getReaderId(), at.toLocalDate()));

        private final String copyNotHeld;
        private final BiFunction<BorrowOrder, LocalDateTime, Object> event;

        Channel(String copyNotHeld, BiFunction<BorrowOrder, LocalDateTime, Object> event) {
            this.copyNotHeld = copyNotHeld;
            this.event = event;
        }
    }

    private final OrderStore store;
    private final Readers readers;
    private final Loans loans;
    private final ApplicationEventPublisher events;

    OrderHandover(OrderStore store, Readers readers, Loans loans, ApplicationEventPublisher events) {
        this.store = store;
        this.readers = readers;
        this.loans = loans;
        this.events = events;
    }

    /** Hands the order over now: one loan per held line, due by the reader's card type's rule from this moment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handOver(BorrowOrder order, Channel channel, Actor by, String note, LocalDateTime now) {
        switch (channel) {
            case DESK -> order.handOver(by, now);
            case DOOR -> order.delivered(by, note, now);
        }
        store.save(order);
        Reader reader = readers.get(order.getReaderId());
        for (OrderLine line : store.lines(order.getId())) {
            if (line.isHeld()) {
                if (!loans.start(reader.getId(), reader.getCardType(), line.getBookId(), line.getCopyId(),
                        order.getBranchId(), order.getId(), by, now)) {
                    throw new BizException(OrderErrorCode.ORDER_STATE, channel.copyNotHeld);
                }
                line.lend(by, now);
                store.saveLine(line);
            }
        }
        events.publishEvent(channel.event.apply(order, now));
    }
}
