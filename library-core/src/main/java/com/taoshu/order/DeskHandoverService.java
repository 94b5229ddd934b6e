package com.taoshu.order;

import com.taoshu.order.internal.HoldingShelf;
import com.taoshu.order.internal.OrderHandover;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The desk: a reader collects a READY_FOR_PICKUP order from the holding shelf → PICKED_UP, one loan per copy. */
@Service
public class DeskHandoverService {

    private final OrderStore store;
    private final OrderHandover handover;
    private final HoldingShelf shelf;
    private final Clock clock;

    DeskHandoverService(OrderStore store, OrderHandover handover, HoldingShelf shelf, Clock clock) {
        this.store = store;
        this.handover = handover;
        this.shelf = shelf;
        this.clock = clock;
    }

    @Transactional
    public void handOver(long orderId, StaffPrincipal librarian) {
        BorrowOrder order = store.visibleTo(librarian, orderId);
        if (order.getFulfilment() != Fulfilment.PICKUP) {
            throw new BizException(OrderErrorCode.ORDER_STATE, "送书上门的订单由配送员交付，不能在柜台取书");
        }
        handover.handOver(order, OrderHandover.Channel.DESK, Actor.staff(librarian), null, LocalDateTime.now(clock));
        shelf.free(orderId);
    }
}
