package com.taoshu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BorrowOrderTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);
    private static final Actor LIBRARIAN = new Actor(Actor.Type.LIBRARIAN, 7L);

    private static BorrowOrder order(Fulfilment fulfilment) {
        BorrowOrder order = BorrowOrder.submit("TS1", 1, 2, fulfilment, null, null, new Actor(Actor.Type.READER, 1L), NOW);
        order.drainTransitions();
        return order;
    }

    @Test
    void approvingAPickupOrderPutsItOnTheHoldingShelfWithADeadline() {
        BorrowOrder order = order(Fulfilment.PICKUP);
        LocalDateTime deadline = NOW.plusDays(3);
        order.approve(LIBRARIAN, null, NOW, deadline);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
        assertThat(order.getPickupDeadline()).isEqualTo(deadline);
        assertThat(order.getDecidedAt()).isEqualTo(NOW);
        assertThat(order.drainTransitions()).extracting(Transition::from, Transition::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderStatus.SUBMITTED, OrderStatus.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.APPROVED, OrderStatus.READY_FOR_PICKUP));
    }

    @Test
    void approvingADeliveryOrderQueuesItForDispatch() {
        BorrowOrder order = order(Fulfilment.DELIVERY);
        order.approve(LIBRARIAN, null, NOW, NOW.plusDays(3));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_DISPATCH);
        assertThat(order.getPickupDeadline()).isNull();
    }

    @Test
    void rejectionKeepsTheReasonAndClosesTheOrder() {
        BorrowOrder order = order(Fulfilment.PICKUP);
        order.reject(LIBRARIAN, "该书破损待修", NOW);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.getRejectReason()).isEqualTo("该书破损待修");
        assertThat(order.getClosedAt()).isEqualTo(NOW);
        assertThat(order.drainTransitions()).singleElement()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("该书破损待修"));
    }

    @Test
    void forbiddenTransitionsAreRefusedWithTheCurrentStatus() {
        BorrowOrder order = order(Fulfilment.PICKUP);
        order.reject(LIBRARIAN, "x", NOW);
        assertThatThrownBy(() -> order.approve(LIBRARIAN, null, NOW, NOW))
                .isInstanceOf(BizException.class)
                .satisfies(e -> {
                    assertThat(((BizException) e).errorCode()).isEqualTo(OrderErrorCode.ORDER_STATE);
                    assertThat(((BizException) e).userMessage()).contains("审核不通过");
                });
        assertThatThrownBy(() -> order.cancel(LIBRARIAN, null, NOW)).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> order.handOver(LIBRARIAN, NOW)).isInstanceOf(BizException.class);
    }

    @Test
    void cannotPickUpBeforeApprovalOrExpireTwice() {
        BorrowOrder order = order(Fulfilment.PICKUP);
        assertThatThrownBy(() -> order.handOver(LIBRARIAN, NOW)).isInstanceOf(BizException.class);
        order.approve(LIBRARIAN, null, NOW, NOW.plusDays(1));
        order.expire(NOW.plusDays(2));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.EXPIRED);
        assertThatThrownBy(() -> order.expire(NOW.plusDays(3))).isInstanceOf(BizException.class);
    }
}
