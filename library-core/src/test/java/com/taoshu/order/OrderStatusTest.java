package com.taoshu.order;

import static com.taoshu.order.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTest {

    /** The lifecycle of DESIGN.md, written out independently of the enum. */
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(APPROVED, REJECTED, CANCELLED)),
            Map.entry(APPROVED, EnumSet.of(READY_FOR_PICKUP, AWAITING_DISPATCH)),
            Map.entry(READY_FOR_PICKUP, EnumSet.of(PICKED_UP, EXPIRED)),
            Map.entry(AWAITING_DISPATCH, EnumSet.of(DISPATCHED)),
            Map.entry(DISPATCHED, EnumSet.of(OUT_FOR_DELIVERY)),
            Map.entry(OUT_FOR_DELIVERY, EnumSet.of(DELIVERED, DELIVERY_FAILED)),
            Map.entry(DELIVERY_FAILED, EnumSet.of(AWAITING_DISPATCH, RETURNED_TO_SHELF)));

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void everyAllowedAndForbiddenTransition(OrderStatus from) {
        Set<OrderStatus> allowed = ALLOWED.getOrDefault(from, EnumSet.noneOf(OrderStatus.class));
        for (OrderStatus to : OrderStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(allowed.contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void openStatusesAreExactlyThoseWithAWayOut(OrderStatus status) {
        assertThat(status.isOpen()).as(status.name()).isEqualTo(ALLOWED.containsKey(status));
        assertThat(status.label()).isNotBlank();
    }
}
