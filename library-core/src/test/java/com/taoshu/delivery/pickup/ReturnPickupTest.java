package com.taoshu.delivery.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.delivery.pickup.ReturnPickup.Status;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReturnPickupTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 9, 0);

    private static final java.util.Map<Status, Set<Status>> ALLOWED = java.util.Map.of(
            Status.REQUESTED, EnumSet.of(Status.DISPATCHED, Status.CANCELLED),
            Status.DISPATCHED, EnumSet.of(Status.OUT, Status.REQUESTED, Status.CANCELLED),
            Status.OUT, EnumSet.of(Status.COLLECTED, Status.REQUESTED, Status.CANCELLED),
            Status.COLLECTED, EnumSet.of(Status.CHECKED_IN),
            Status.CHECKED_IN, EnumSet.noneOf(Status.class),
            Status.CANCELLED, EnumSet.noneOf(Status.class));

    private static ReturnPickup in(Status status) {
        ReturnPickup p = ReturnPickup.request(1, 2, 3, 4, 2, Actor.SYSTEM, NOW);
        p.drainTransitions();
        p.setStatus(status);
        return p;
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void everyAllowedMoveIsRecordedAndEveryOtherRefused(Status from) {
        for (Status to : Status.values()) {
            if (to == from) {
                continue;
            }
            ReturnPickup p = in(from);
            if (ALLOWED.get(from).contains(to)) {
                assertThat(p.moveTo(to, Actor.SYSTEM, "r", NOW)).isTrue();
                assertThat(p.getStatus()).isEqualTo(to);
                assertThat(p.drainTransitions()).singleElement()
                        .satisfies(t -> assertThat(t.from()).isEqualTo(from))
                        .satisfies(t -> assertThat(t.to()).isEqualTo(to));
            } else {
                assertThatThrownBy(() -> p.moveTo(to, Actor.SYSTEM, null, NOW)).isInstanceOf(BizException.class)
                        .hasMessageContaining(from.label()).hasMessageContaining(to.label());
                assertThat(p.getStatus()).isEqualTo(from);
                assertThat(p.drainTransitions()).isEmpty();
            }
        }
    }

    @Test
    void movingToWhereItAlreadyIsChangesNothing() {
        ReturnPickup p = in(Status.COLLECTED);
        assertThat(p.moveTo(Status.COLLECTED, Actor.SYSTEM, null, NOW)).isFalse();
        assertThat(p.drainTransitions()).isEmpty();
    }

    @Test
    void notAtHomeIsRetriedTwiceInTheNextSlotThenCancelled() {
        ReturnPickup p = in(Status.OUT);
        p.failed(11L, Actor.SYSTEM, "不在家", NOW);
        assertThat(p.getStatus()).isEqualTo(Status.REQUESTED);
        assertThat(p.getSlotId()).isEqualTo(11L);
        p.setStatus(Status.OUT);
        p.failed(12L, Actor.SYSTEM, "不在家", NOW);
        assertThat(p.getAttempts()).isEqualTo(2);
        assertThat(p.mayRetry()).isFalse();
        p.setStatus(Status.OUT);
        p.failed(13L, Actor.SYSTEM, "不在家", NOW);
        assertThat(p.getStatus()).isEqualTo(Status.CANCELLED);
        assertThat(p.getSlotId()).as("no third slot").isEqualTo(12L);
    }

    @Test
    void noOpenSlotLeftCancelsAtOnce() {
        ReturnPickup p = in(Status.OUT);
        p.failed(null, Actor.SYSTEM, "地址错误", NOW);
        assertThat(p.getStatus()).isEqualTo(Status.CANCELLED);
        assertThat(p.getFailReason()).isEqualTo("地址错误");
    }
}
