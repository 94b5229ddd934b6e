package com.taoshu.order;

import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.order.OrderViews.OrderDetail;
import com.taoshu.order.OrderViews.OrderSummary;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 我的订单: a reader's own orders only (another reader's order is "not found"); cancel while still SUBMITTED. */
@Service
public class ReaderOrderService {

    private final OrderStore store;
    private final OrderQueries queries;
    private final OrderApprovalService approval;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReaderOrderService(OrderStore store, OrderQueries queries, OrderApprovalService approval,
                              ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.approval = approval;
        this.events = events;
        this.clock = clock;
    }

    public PageResult<OrderSummary> mine(ReaderId reader, OrderStatus status, PageQuery page) {
        return queries.list(new OrderQueries.OrderFilter(reader.value(), status, null, null), page, false,
                Viewer.OWNER);
    }

    public OrderDetail detail(ReaderId reader, long orderId) {
        return queries.detail(store.getOwned(orderId, reader.value()), true);
    }

    @Transactional
    public OrderDetail cancel(ReaderId reader, long orderId) {
        BorrowOrder order = store.getOwned(orderId, reader.value());
        order.cancel(Actor.reader(reader), "读者取消", LocalDateTime.now(clock));
        store.save(order);
        approval.releaseAll(order, LineStatus.RELEASED, "读者取消");
        events.publishEvent(new OrderEvents.OrderCancelled(order.getId(), order.getReaderId()));
        return queries.detail(store.get(orderId), true);
    }
}
