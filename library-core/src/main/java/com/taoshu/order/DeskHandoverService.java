package com.taoshu.order;

import com.taoshu.loan.Loans;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The desk: a reader collects a READY_FOR_PICKUP order from the holding shelf → PICKED_UP, one loan per copy. */
@Service
public class DeskHandoverService {

    private final OrderStore store;
    private final Readers readers;
    private final Loans loans;
    private final HoldingShelf shelf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DeskHandoverService(OrderStore store, Readers readers, Loans loans, HoldingShelf shelf,
                               ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.shelf = shelf;
        this.readers = readers;
        this.loans = loans;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handOver(long orderId, StaffPrincipal librarian) {
        BorrowOrder order = store.visibleTo(librarian, orderId);
        Actor by = Actor.staff(librarian);
        if (order.getFulfilment() != Fulfilment.PICKUP) {
            throw new BizException(OrderErrorCode.ORDER_STATE, "送书上门的订单由配送员交付，不能在柜台取书");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        order.handOver(by, now);
        store.save(order);
        shelf.free(orderId);
        Reader reader = readers.get(order.getReaderId());
        for (OrderLine line : store.lines(orderId)) {
            if (line.isHeld()) {
                if (!loans.start(reader.getId(), reader.getCardType(), line.getBookId(), line.getCopyId(),
                        order.getBranchId(), orderId, by, now)) {
                    throw new BizException(OrderErrorCode.ORDER_STATE, "复本状态异常，无法借出，请核对暂存架");
                }
                line.lend();
                store.saveLine(line);
            }
        }
        events.publishEvent(new OrderEvents.OrderPickedUp(orderId, order.getReaderId()));
    }
}
