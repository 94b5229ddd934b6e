package com.taoshu.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The borrow order lifecycle of DESIGN.md; {@link #canMoveTo} is the only gate for a status change. */
public enum OrderStatus {
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

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(APPROVED, REJECTED, CANCELLED)),
            Map.entry(APPROVED, EnumSet.of(READY_FOR_PICKUP, AWAITING_DISPATCH)),
            Map.entry(READY_FOR_PICKUP, EnumSet.of(PICKED_UP, EXPIRED)),
            Map.entry(AWAITING_DISPATCH, EnumSet.of(DISPATCHED)),
            Map.entry(DISPATCHED, EnumSet.of(OUT_FOR_DELIVERY)),
            Map.entry(OUT_FOR_DELIVERY, EnumSet.of(DELIVERED, DELIVERY_FAILED)),
            Map.entry(DELIVERY_FAILED, EnumSet.of(AWAITING_DISPATCH, RETURNED_TO_SHELF)),
            Map.entry(REJECTED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(PICKED_UP, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(EXPIRED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(DELIVERED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(RETURNED_TO_SHELF, EnumSet.noneOf(OrderStatus.class)));

    /** Orders still holding copies (and counting against the reader's loan limit). */
    public static final Set<OrderStatus> OPEN = EnumSet.of(SUBMITTED, APPROVED, READY_FOR_PICKUP, AWAITING_DISPATCH,
            DISPATCHED, OUT_FOR_DELIVERY, DELIVERY_FAILED);

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
