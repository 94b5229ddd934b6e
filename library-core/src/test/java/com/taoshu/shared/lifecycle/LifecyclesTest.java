package com.taoshu.shared.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.delivery.DeliveryApplication;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.delivery.route.DeliveryRoute;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.loan.LoanStatus;
import com.taoshu.notify.NoticeStatus;
import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import com.taoshu.recommend.internal.RecommendMapper;
import com.taoshu.reservation.Reservation;
import com.taoshu.review.BookReview;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.stocktake.StockTake;
import com.taoshu.suggestion.Suggestion;
import com.taoshu.upgrade.CardApplication;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status enum with moves: its table read as a graph, and the refusal its entities throw. */
class LifecyclesTest {

    /** Each lifecycle with the statuses that end it, written out independently of the enums. */
    static Stream<Arguments> lifecycles() {
        return Stream.of(
                Arguments.of(OrderStatus.SUBMITTED.lifecycle(), Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED,
                        OrderStatus.PICKED_UP, OrderStatus.EXPIRED, OrderStatus.DELIVERED, OrderStatus.RETURNED_TO_SHELF)),
                Arguments.of(LineStatus.HELD.lifecycle(), Set.of(LineStatus.REJECTED, LineStatus.RELEASED, LineStatus.LENT)),
                Arguments.of(LoanStatus.ACTIVE.lifecycle(), Set.of(LoanStatus.RETURNED, LoanStatus.LOST, LoanStatus.DAMAGED)),
                Arguments.of(Reservation.Status.WAITING.lifecycle(),
                        Set.of(Reservation.Status.EXPIRED, Reservation.Status.CANCELLED)),
                Arguments.of(DeliveryRoute.Status.PLANNED.lifecycle(), Set.of(DeliveryRoute.Status.FINISHED)),
                Arguments.of(DeliveryStop.Status.PLANNED.lifecycle(), Set.of(DeliveryStop.Status.DELIVERED,
                        DeliveryStop.Status.COLLECTED, DeliveryStop.Status.FAILED)),
                Arguments.of(ReturnPickup.Status.REQUESTED.lifecycle(),
                        Set.of(ReturnPickup.Status.CHECKED_IN, ReturnPickup.Status.CANCELLED)),
                Arguments.of(Suggestion.Status.SUBMITTED.lifecycle(), Set.of(Suggestion.Status.REJECTED,
                        Suggestion.Status.FULFILLED, Suggestion.Status.WITHDRAWN)),
                // a review is never closed: a librarian may hide and restore it at any time
                Arguments.of(BookReview.Status.VISIBLE.lifecycle(), Set.of()),
                Arguments.of(StockTake.Status.OPEN.lifecycle(), Set.of(StockTake.Status.FINISHED, StockTake.Status.CANCELLED)),
                Arguments.of(DeliveryApplication.Status.PENDING.lifecycle(),
                        Set.of(DeliveryApplication.Status.APPROVED, DeliveryApplication.Status.REJECTED)),
                Arguments.of(CardApplication.Status.PENDING.lifecycle(), Set.of(CardApplication.Status.APPROVED,
                        CardApplication.Status.REJECTED, CardApplication.Status.WITHDRAWN)),
                Arguments.of(NoticeStatus.PENDING.lifecycle(), Set.of(NoticeStatus.SENT, NoticeStatus.SKIPPED)),
                Arguments.of(RecommendMapper.GenerationStatus.BUILDING.lifecycle(),
                        Set.of(RecommendMapper.GenerationStatus.RETIRED)));
    }

    @ParameterizedTest
    @MethodSource("lifecycles")
    <S extends Enum<S> & LifecycleStatus<S>> void terminalStatusesAreTheExpectedOnesAndHaveNoMoves(Lifecycle<S> lifecycle,
                                                                                                  Set<S> terminal) {
        assertThat(lifecycle.terminal()).as(lifecycle.type().getName()).containsExactlyInAnyOrderElementsOf(terminal);
        for (S end : terminal) {
            assertThat(end.isTerminal()).isTrue();
            for (S any : lifecycle.type().getEnumConstants()) {
                assertThat(end.canMoveTo(any)).as("%s -> %s", end, any).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lifecycles")
    <S extends Enum<S> & LifecycleStatus<S>> void everyStatusIsReachableFromAnInitialOne(Lifecycle<S> lifecycle,
                                                                                       Set<S> terminal) {
        assertThat(lifecycle.reachable()).as(lifecycle.type().getName())
                .containsExactlyInAnyOrder(lifecycle.type().getEnumConstants());
    }

    @ParameterizedTest
    @MethodSource("lifecycles")
    <S extends Enum<S> & LifecycleStatus<S>> void fromEveryStatusAnEndIsReachable(Lifecycle<S> lifecycle, Set<S> terminal) {
        if (terminal.isEmpty()) {
            return;
        }
        for (S start : lifecycle.type().getEnumConstants()) {
            assertThat(reachableFrom(lifecycle, start)).as("%s reaches an end", start).containsAnyElementsOf(terminal);
        }
    }

    @ParameterizedTest
    @MethodSource("lifecycles")
    <S extends Enum<S> & LifecycleStatus<S>> void everyStatusHasAChineseLabelAndNoStatusMovesToItself(
            Lifecycle<S> lifecycle, Set<S> terminal) {
        for (S s : lifecycle.type().getEnumConstants()) {
            assertThat(s.label()).as(s.name()).matches(".*\\p{IsHan}.*");
            assertThat(s.canMoveTo(s)).as("%s -> itself", s).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("lifecycles")
    <S extends Enum<S> & LifecycleStatus<S>> void aRefusedMoveNamesBothStatusesInChinese(Lifecycle<S> lifecycle,
                                                                                       Set<S> terminal) {
        S from = lifecycle.type().getEnumConstants()[0];
        S to = Arrays.stream(lifecycle.type().getEnumConstants()).filter(s -> !from.canMoveTo(s)).findFirst().orElseThrow();
        assertThatThrownBy(() -> lifecycle.check(from, to, DeliveryErrorCode.STOP_FINISHED, "该单据当前为"))
                .isInstanceOfSatisfying(BizException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(DeliveryErrorCode.STOP_FINISHED);
                    assertThat(e.userMessage()).isEqualTo("该单据当前为「" + from.label() + "」，不能变为「" + to.label() + "」");
                });
    }

    @Test
    void aStatusDeclaredTwiceIsAMistake() {
        assertThatThrownBy(() -> Lifecycle.startingAt(StockTake.Status.OPEN)
                .move(StockTake.Status.OPEN, StockTake.Status.FINISHED)
                .move(StockTake.Status.OPEN, StockTake.Status.CANCELLED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStopGoesOutOnceAndEndsOnce() {
        DeliveryStop stop = DeliveryStop.of(1, 2, 1, 3, 4, BigDecimal.ONE, BigDecimal.ONE, LocalDateTime.MIN,
                Actor.SYSTEM, LocalDateTime.MIN);
        assertThatThrownBy(() -> stop.delivered(Actor.SYSTEM, null, LocalDateTime.MIN))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("该配送点当前为「待出发」，不能变为「已送达」"));
        stop.goOut(Actor.SYSTEM, LocalDateTime.MIN);
        stop.goOut(Actor.SYSTEM, LocalDateTime.MIN); // moved onto another started route: still out
        stop.delivered(Actor.SYSTEM, null, LocalDateTime.MIN);
        assertThat(stop.getStatus()).isEqualTo(DeliveryStop.Status.DELIVERED);
        assertThatThrownBy(() -> stop.failed(Actor.SYSTEM, "不在家", LocalDateTime.MIN))
                .isInstanceOfSatisfying(BizException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(DeliveryErrorCode.STOP_FINISHED));
    }

    @Test
    void aRouteStartsOnceAndFinishesOnce() {
        DeliveryRoute route = DeliveryRoute.plan(1, 2, 3, LocalDateTime.MIN, 0, Actor.SYSTEM, LocalDateTime.MIN);
        assertThatThrownBy(() -> route.finish(Actor.SYSTEM, LocalDateTime.MIN)).isInstanceOf(BizException.class);
        route.start(Actor.SYSTEM, LocalDateTime.MIN);
        assertThat(route.finish(Actor.SYSTEM, LocalDateTime.MIN)).isTrue();
        assertThat(route.finish(Actor.SYSTEM, LocalDateTime.MIN)).isFalse();
        assertThatThrownBy(() -> route.start(Actor.SYSTEM, LocalDateTime.MIN))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("该路线当前为「已结束」，不能变为「配送中」"));
    }

    private static <S extends Enum<S> & LifecycleStatus<S>> Set<S> reachableFrom(Lifecycle<S> lifecycle, S start) {
        Set<S> seen = new HashSet<>(Set.of(start));
        Deque<S> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (S next : lifecycle.movesFrom(todo.pop())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return EnumSet.copyOf(seen);
    }
}
