package com.taoshu.order;

import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The borrow order lifecycle of DESIGN.md, its moves declared once; {@link #canMoveTo} is the only gate for a status
 * change. {@link #OPEN} is the one definition of an open order (SQL takes it as a parameter).
 */
public enum OrderStatus implements LifecycleStatus<OrderStatus> {
    SUBMITTED("待审核"),
    APPROVED("审核通过"),
    REJECTED("审核不通过"),
    CANCELLED("已取消"),
    READY_FOR_PICKUP("待取书"),
    PICKED_UP("已取书"),
    EXPIRED("逾期未取"),
    AWAITING_DISPATCH("待派送"),
    DISPATCHED("已派单"),
    OUT_FOR_DELIVERY("配送中"),
    DELIVERED("已送达"),
    DELIVERY_FAILED("配送失败"),
    RETURNED_TO_SHELF("退回");

    private static final Lifecycle<OrderStatus> MOVES = Lifecycle.startingAt(SUBMITTED)
            .move(SUBMITTED, APPROVED, REJECTED, CANCELLED)
            .move(APPROVED, READY_FOR_PICKUP, AWAITING_DISPATCH)
            .move(READY_FOR_PICKUP, PICKED_UP, EXPIRED)
            .move(AWAITING_DISPATCH, DISPATCHED)
            .move(DISPATCHED, OUT_FOR_DELIVERY)
            .move(OUT_FOR_DELIVERY, DELIVERED, DELIVERY_FAILED)
            .move(DELIVERY_FAILED, AWAITING_DISPATCH, RETURNED_TO_SHELF)
            .build();

    /** Orders still holding copies (and counting against the reader's loan limit). */
    public static final Set<OrderStatus> OPEN = EnumSet.of(SUBMITTED, APPROVED, READY_FOR_PICKUP, AWAITING_DISPATCH,
            DISPATCHED, OUT_FOR_DELIVERY, DELIVERY_FAILED);

    /** Orders that ended without the reader taking the books: their copies went back, a reservation behind them lapsed. */
    public static final Set<OrderStatus> NOT_TAKEN = EnumSet.of(EXPIRED, CANCELLED, REJECTED, RETURNED_TO_SHELF);

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Lifecycle<OrderStatus> lifecycle() {
        return MOVES;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
