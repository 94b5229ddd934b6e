package com.taoshu.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.loan.ReaderStanding.Standing;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.CardType;
import com.taoshu.reader.Reader;
import com.taoshu.upgrade.internal.UpgradePolicies;
import org.junit.jupiter.api.Test;

class UpgradePoliciesTest {

    private static Reader reader(CardType type, CardStatus status, Long homeBranch) {
        Reader r = Reader.register("openid", null);
        r.setCardType(type);
        r.setCardStatus(status);
        r.setHomeBranchId(homeBranch);
        return r;
    }

    private static UpgradePolicies.Candidate candidate(Reader r, int overdue) {
        return new UpgradePolicies.Candidate(r, new Standing(overdue, overdue, 0));
    }

    @Test
    void aCityWideReaderInGoodStandingWithAHomeBranchMayApply() {
        assertThat(UpgradePolicies.firstRefusal(candidate(reader(CardType.CITY_WIDE, CardStatus.ACTIVE, 1L), 0))).isEmpty();
    }

    @Test
    void eachRuleRefusesWithItsOwnCodeInOrder() {
        assertThat(UpgradePolicies.firstRefusal(candidate(reader(CardType.COMMUNITY_TRUST, CardStatus.SUSPENDED, null), 2)))
                .contains(CardApplicationErrorCode.ALREADY_COMMUNITY_TRUST);
        assertThat(UpgradePolicies.firstRefusal(candidate(reader(CardType.CITY_WIDE, CardStatus.SUSPENDED, null), 2)))
                .contains(CardApplicationErrorCode.HOME_BRANCH_REQUIRED);
        assertThat(UpgradePolicies.firstRefusal(candidate(reader(CardType.CITY_WIDE, CardStatus.SUSPENDED, 1L), 2)))
                .contains(CardApplicationErrorCode.CARD_SUSPENDED);
        assertThat(UpgradePolicies.firstRefusal(candidate(reader(CardType.CITY_WIDE, CardStatus.ACTIVE, 1L), 1)))
                .contains(CardApplicationErrorCode.OVERDUE_LOANS);
    }

    @Test
    void decidedApplicationsMoveNoFurther() {
        for (CardApplication.Status s : CardApplication.Status.values()) {
            boolean pending = s == CardApplication.Status.PENDING;
            for (CardApplication.Status next : CardApplication.Status.values()) {
                assertThat(s.canMoveTo(next)).as(s + "→" + next).isEqualTo(pending && next != CardApplication.Status.PENDING);
            }
        }
    }
}
