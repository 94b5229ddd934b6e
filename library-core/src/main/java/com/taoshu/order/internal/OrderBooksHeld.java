package com.taoshu.order.internal;

import com.taoshu.loan.OpenOrderBooks;
import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.internal.OrderBooksHeldMapper;
import org.springframework.stereotype.Component;

/** The books a reader holds in open orders ({@link OrderStatus#OPEN}), for the loan limit ({@link OpenOrderBooks}). */
@Component
class OrderBooksHeld implements OpenOrderBooks {

    private final OrderBooksHeldMapper mapper;

    OrderBooksHeld(OrderBooksHeldMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int heldBy(long readerId) {
        return mapper.held(readerId, LineStatus.HELD, OrderStatus.OPEN);
    }
}
