package com.taoshu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.notify.internal.NoticeFactsMapper;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whether a "re-booked to another slot" notice still tells the truth when the outbox claims it (no Spring): the order's
 * until the courier sets off, the pickup's while it waits for that same slot.
 */
class RebookedNoticeRelevanceNotifyTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 11, 0);
    static final NotifyProperties RULES = new NotifyProperties(Map.of(), null, null, null, 0, Duration.ofDays(3), null,
            null, null, null, 0, null, null, 0);

    /** Facts of one order (status) and one pickup (status, slot). */
    private static NoticeRelevance relevance(String orderStatus, String pickupStatus, long pickupSlot) {
        NoticeFactsMapper facts = (NoticeFactsMapper) Proxy.newProxyInstance(NoticeFactsMapper.class.getClassLoader(),
                new Class<?>[] {NoticeFactsMapper.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "orderState" -> Optional.of(new NoticeFactsMapper.OrderState(orderStatus, null));
                    case "pickupState" -> Optional.of(new NoticeFactsMapper.PickupState(pickupStatus, pickupSlot));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new NoticeRelevance(facts, RULES);
    }

    private static Notice notice(NoticeKind kind) {
        Notice n = new Notice();
        n.setKind(kind);
        n.setSubjectId(1L);
        n.setCreatedAt(NOW.minusMinutes(5));
        return n;
    }

    @Test
    void anOrdersNewSlotIsNewsUntilTheCourierSetsOff() {
        Notice n = notice(NoticeKind.DELIVERY_REBOOKED);
        Map<String, String> payload = Map.of("slot", "12月7日 15:00–17:00", "slotId", "9");
        assertThat(relevance("AWAITING_DISPATCH", null, 0).obsoleteBecause(n, payload, NOW)).isEmpty();
        assertThat(relevance("DISPATCHED", null, 0).obsoleteBecause(n, payload, NOW)).isEmpty();
        assertThat(relevance("OUT_FOR_DELIVERY", null, 0).obsoleteBecause(n, payload, NOW)).isPresent();
        assertThat(relevance("AWAITING_DISPATCH", null, 0).obsoleteBecause(n, payload, NOW.plusDays(4)))
                .get().asString().startsWith("已过期");
    }

    @Test
    void aPickupsNewSlotIsNewsWhileItWaitsForThatSlot() {
        Notice n = notice(NoticeKind.PICKUP_REBOOKED);
        Map<String, String> payload = Map.of("slot", "12月7日 15:00–17:00", "slotId", "9");
        assertThat(relevance(null, "REQUESTED", 9).obsoleteBecause(n, payload, NOW)).isEmpty();
        assertThat(relevance(null, "DISPATCHED", 9).obsoleteBecause(n, payload, NOW)).isEmpty();
        assertThat(relevance(null, "REQUESTED", 10).obsoleteBecause(n, payload, NOW)).as("moved again since")
                .isPresent();
        assertThat(relevance(null, "COLLECTED", 9).obsoleteBecause(n, payload, NOW)).isPresent();
    }
}
