package com.taoshu.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import com.taoshu.suggestion.Suggestion.Status;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 23, 10, 0);
    private static final Actor LIBRARIAN = new Actor(Actor.Type.LIBRARIAN, 7L);

    @Test
    void theStateMachineAllowsOnlyItsMoves() {
        assertThat(Status.SUBMITTED.canMoveTo(Status.ACCEPTED)).isTrue();
        assertThat(Status.SUBMITTED.canMoveTo(Status.PURCHASED)).isTrue();
        assertThat(Status.ACCEPTED.canMoveTo(Status.WITHDRAWN)).isFalse();
        assertThat(Status.PURCHASED.canMoveTo(Status.REJECTED)).isFalse();
        assertThat(Status.PURCHASED.canMoveTo(Status.FULFILLED)).isTrue();
        for (Status end : new Status[] {Status.REJECTED, Status.FULFILLED, Status.WITHDRAWN}) {
            for (Status next : Status.values()) {
                assertThat(end.canMoveTo(next)).as(end + "→" + next).isFalse();
            }
        }
    }

    @Test
    void aPurchaseRequestIsBoughtAndFulfilledWithEveryMoveRecorded() {
        Suggestion s = Suggestion.purchase(1, null, "书名", "作者", "理由", null, new Actor(Actor.Type.READER, 1L), NOW);
        assertThatThrownBy(() -> s.purchased(null, null, LIBRARIAN, NOW))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.errorCode()).isEqualTo(SuggestionErrorCode.ISBN_NEEDED));
        s.accept("列入采购", LIBRARIAN, NOW);
        s.purchased("9787020002207", null, LIBRARIAN, NOW);
        s.fulfilled(5, 9L, Actor.SYSTEM, "到馆", NOW);
        assertThat(s.getStatus()).isEqualTo(Status.FULFILLED);
        assertThat(s.getIsbn()).isEqualTo("9787020002207");
        assertThat(s.getReply()).isEqualTo("列入采购");
        assertThat(s.drainTransitions()).extracting(Transition::to)
                .containsExactly(Status.SUBMITTED, Status.ACCEPTED, Status.PURCHASED, Status.FULFILLED);
    }

    @Test
    void aSuggestionIsNeverPurchasedAndARejectedOneStaysRejected() {
        Suggestion s = Suggestion.suggestion(1, Suggestion.Category.SERVICE, "延长开放", new Actor(Actor.Type.READER, 1L), NOW);
        assertThatThrownBy(() -> s.purchased("9787020002207", null, LIBRARIAN, NOW))
                .isInstanceOfSatisfying(BizException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SuggestionErrorCode.NOT_A_PURCHASE_REQUEST));
        s.reject("暂不考虑", LIBRARIAN, NOW);
        assertThatThrownBy(() -> s.accept(null, LIBRARIAN, NOW))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.userMessage()).contains("未采纳"));
    }
}
