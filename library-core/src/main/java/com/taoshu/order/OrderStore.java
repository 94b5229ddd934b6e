package com.taoshu.order;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.order.internal.BorrowOrderMapper;
import com.taoshu.order.internal.OrderHistory;
import com.taoshu.order.internal.OrderHistoryMapper;
import com.taoshu.order.internal.OrderLineHistory;
import com.taoshu.order.internal.OrderLineHistoryMapper;
import com.taoshu.order.internal.OrderLineMapper;
import com.taoshu.order.internal.OrderNumbers;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Loads and saves the order aggregate. {@link #save} writes the row under its optimistic version — a concurrent
 * change (another librarian, another instance) makes it fail with ORDER_CONFLICT — and the history rows with it.
 */
@Component
public class OrderStore {

    private static final Logger log = LoggerFactory.getLogger(OrderStore.class);
    /** Tries at numbering one order: each refused number lifts the counter above every number the database has. */
    static final int NUMBER_ATTEMPTS = 5;
    private static final String ORDER_NO_KEY = "uk_order_no";

    private final BorrowOrderMapper orderMapper;
    private final OrderLineMapper lineMapper;
    private final OrderHistoryMapper historyMapper;
    private final OrderLineHistoryMapper lineHistoryMapper;
    private final OrderNumbers numbers;

    public OrderStore(BorrowOrderMapper orderMapper, OrderLineMapper lineMapper, OrderHistoryMapper historyMapper,
                      OrderLineHistoryMapper lineHistoryMapper, OrderNumbers numbers) {
        this.orderMapper = orderMapper;
        this.lineMapper = lineMapper;
        this.historyMapper = historyMapper;
        this.lineHistoryMapper = lineHistoryMapper;
        this.numbers = numbers;
    }

    public Optional<BorrowOrder> find(long id) {
        return Optional.ofNullable(orderMapper.selectById(id));
    }

    public BorrowOrder get(long id) {
        return find(id).orElseThrow(OrderErrorCode.ORDER_NOT_FOUND::exception);
    }

    /** These orders, in one query; an id with no order is left out. */
    public List<BorrowOrder> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : orderMapper.selectByIds(ids.stream().distinct().toList());
    }

    /**
     * The DELIVERY orders of these slots waiting for a courier (AWAITING_DISPATCH), oldest first, in one query: what the
     * planner plans and the dispatch board lists as unplanned.
     */
    public List<BorrowOrder> awaitingDispatch(Collection<Long> slotIds) {
        return slotIds.isEmpty() ? List.of() : orderMapper.selectList(Wrappers.<BorrowOrder>lambdaQuery()
                .in(BorrowOrder::getSlotId, slotIds)
                .eq(BorrowOrder::getFulfilment, Fulfilment.DELIVERY)
                .eq(BorrowOrder::getStatus, OrderStatus.AWAITING_DISPATCH)
                .orderByAsc(BorrowOrder::getId));
    }

    /** How many books each of these orders holds for its reader (its HELD lines), in one query; none held: absent. */
    public Map<Long, Integer> heldBooks(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return lineMapper.selectList(Wrappers.<OrderLine>lambdaQuery().in(OrderLine::getOrderId, orderIds.stream().distinct().toList()))
                .stream().filter(OrderLine::isHeld)
                .collect(Collectors.groupingBy(OrderLine::getOrderId, Collectors.summingInt(l -> 1)));
    }

    /** A reader's own order; another reader's order is "not found" (never reveal that it exists). */
    public BorrowOrder getOwned(long id, long readerId) {
        return find(id).filter(o -> o.getReaderId() == readerId).orElseThrow(OrderErrorCode.ORDER_NOT_FOUND::exception);
    }

    /** An order at the desk: another branch's is "not found" to a librarian ({@link BranchScope}). */
    public BorrowOrder visibleTo(StaffPrincipal by, long id) {
        return BranchScope.visible(by, find(id).orElse(null), BorrowOrder::getBranchId, OrderErrorCode.ORDER_NOT_FOUND);
    }

    /**
     * Writes an order just made by {@link BorrowOrder#submit} (its first history row with it). Should another order
     * have its number already (Redis' counter fell behind the database: a failover, or a block taken before Redis lost
     * its data), it takes a number above the day's highest and is written again, in the same transaction — MariaDB
     * and MySQL roll back only the refused statement — so the reader is never refused for our numbering.
     */
    public void insert(BorrowOrder order) {
        if (order.getId() != null || order.getStatus() != OrderStatus.SUBMITTED) {
            throw new IllegalStateException("only a just-submitted order is inserted, not " + order.getStatus());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                orderMapper.insertSubmitted(order);
                break;
            } catch (DuplicateKeyException e) {
                if (attempt >= NUMBER_ATTEMPTS || !String.valueOf(e.getMessage()).contains(ORDER_NO_KEY)) {
                    throw e;
                }
                String taken = order.getOrderNo();
                order.setOrderNo(numbers.afterCollision());
                log.warn("order number {} was already taken (Redis' counter behind the database): numbered {} instead",
                        taken, order.getOrderNo());
            }
        }
        writeHistory(order);
    }

    public void save(BorrowOrder order) {
        if (orderMapper.updateById(order) == 0) {
            throw OrderErrorCode.ORDER_CONFLICT.exception();
        }
        writeHistory(order);
    }

    private void writeHistory(BorrowOrder order) {
        for (Transition<OrderStatus> t : order.drainTransitions()) {
            historyMapper.add(OrderHistory.of(order.getId(), t));
        }
    }

    public List<OrderLine> lines(long orderId) {
        return lineMapper.selectList(Wrappers.<OrderLine>lambdaQuery().eq(OrderLine::getOrderId, orderId).orderByAsc(OrderLine::getId));
    }

    public void insertLine(OrderLine line) {
        lineMapper.add(line);
    }

    /** Writes a line that moved and its history rows (the order's optimistic version guards both: save the order first). */
    public void saveLine(OrderLine line) {
        lineMapper.updateById(line);
        for (Transition<LineStatus> t : line.drainTransitions()) {
            lineHistoryMapper.add(OrderLineHistory.of(line, t));
        }
    }

    public List<OrderHistory> history(long orderId) {
        return historyMapper.selectList(Wrappers.<OrderHistory>lambdaQuery().eq(OrderHistory::getOrderId, orderId).orderByAsc(OrderHistory::getId));
    }
}
