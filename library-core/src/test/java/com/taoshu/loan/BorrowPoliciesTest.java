package com.taoshu.loan;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.loan.ReaderStanding.Standing;
import com.taoshu.loan.policy.BorrowPolicies;
import com.taoshu.loan.policy.BorrowPolicy;
import com.taoshu.loan.policy.BorrowRequest;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.CardType;
import com.taoshu.reader.Reader;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.error.ErrorCode;
import com.taoshu.testsupport.BorrowRuleBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BorrowPoliciesTest {

    private static final BorrowRule CITY = BorrowRuleBuilder.cityWide().build();
    private static final BorrowRule TRUST = BorrowRuleBuilder.communityTrust().build();

    private static Reader reader(CardType type, CardStatus status, Long homeBranch) {
        Reader r = Reader.register("o", null);
        r.setCardType(type);
        r.setCardStatus(status);
        r.setHomeBranchId(homeBranch);
        return r;
    }

    private static Optional<ErrorCode> check(BorrowPolicy policy, BorrowRequest request) {
        return policy.check(request).map(BizException::errorCode);
    }

    @Test
    void cardActive() {
        var active = new BorrowRequest(reader(CardType.CITY_WIDE, CardStatus.ACTIVE, null), CITY, new Standing(0, 0, 0), 1, 1);
        var suspended = new BorrowRequest(reader(CardType.CITY_WIDE, CardStatus.SUSPENDED, null), CITY, new Standing(0, 0, 0), 1, 1);
        assertThat(check(BorrowPolicies.CARD_ACTIVE, active)).isEmpty();
        assertThat(check(BorrowPolicies.CARD_ACTIVE, suspended)).contains(LoanErrorCode.CARD_SUSPENDED);
    }

    @Test
    void overdueLoansBlockOrders() {
        Reader r = reader(CardType.CITY_WIDE, CardStatus.ACTIVE, null);
        assertThat(check(BorrowPolicies.OVERDUE_LOANS_BLOCK_ORDERS, new BorrowRequest(r, CITY, new Standing(3, 0, 0), 1, 1))).isEmpty();
        Optional<BizException> blocked = BorrowPolicies.OVERDUE_LOANS_BLOCK_ORDERS.check(new BorrowRequest(r, CITY, new Standing(3, 2, 0), 1, 1));
        assertThat(blocked).get().extracting(BizException::errorCode).isEqualTo(LoanErrorCode.OVERDUE_LOANS);
        assertThat(blocked.get().userMessage()).contains("2本");
    }

    @Test
    void withinLoanLimitCountsLoansOpenOrdersAndThisOrder() {
        Reader r = reader(CardType.CITY_WIDE, CardStatus.ACTIVE, null);
        assertThat(check(BorrowPolicies.WITHIN_LOAN_LIMIT, new BorrowRequest(r, CITY, new Standing(6, 0, 2), 1, 2))).isEmpty();
        Optional<BizException> over = BorrowPolicies.WITHIN_LOAN_LIMIT.check(new BorrowRequest(r, CITY, new Standing(6, 0, 2), 1, 3));
        assertThat(over).get().extracting(BizException::errorCode).isEqualTo(LoanErrorCode.LOAN_LIMIT_EXCEEDED);
        assertThat(over.get().userMessage()).contains("最多可借10本").contains("最多还能借2本");
    }

    @Test
    void communityTrustHomeBranchOnly() {
        Reader trust = reader(CardType.COMMUNITY_TRUST, CardStatus.ACTIVE, 5L);
        Reader city = reader(CardType.CITY_WIDE, CardStatus.ACTIVE, 5L);
        assertThat(check(BorrowPolicies.COMMUNITY_TRUST_HOME_BRANCH_ONLY, new BorrowRequest(trust, TRUST, new Standing(0, 0, 0), 5, 1))).isEmpty();
        assertThat(check(BorrowPolicies.COMMUNITY_TRUST_HOME_BRANCH_ONLY, new BorrowRequest(trust, TRUST, new Standing(0, 0, 0), 6, 1)))
                .contains(LoanErrorCode.NOT_HOME_BRANCH);
        assertThat(check(BorrowPolicies.COMMUNITY_TRUST_HOME_BRANCH_ONLY, new BorrowRequest(city, CITY, new Standing(0, 0, 0), 6, 1))).isEmpty();
    }

    @Test
    void submitRunsPoliciesInOrderAndReportsTheFirstRejection() {
        Reader suspendedAndOverdue = reader(CardType.CITY_WIDE, CardStatus.SUSPENDED, null);
        var request = new BorrowRequest(suspendedAndOverdue, CITY, new Standing(10, 1, 0), 1, 1);
        assertThat(BorrowPolicy.firstRejection(BorrowPolicies.SUBMIT, request)).get()
                .extracting(BizException::errorCode).isEqualTo(LoanErrorCode.CARD_SUSPENDED);
    }

    @Test
    void autoApprovalOnlyForCommunityTrustInGoodStandingWhenTheRuleSaysSo() {
        Reader trust = reader(CardType.COMMUNITY_TRUST, CardStatus.ACTIVE, 1L);
        assertThat(BorrowPolicies.autoApprovable(new BorrowRequest(trust, TRUST, new Standing(0, 0, 0), 1, 1))).isTrue();
        assertThat(BorrowPolicies.autoApprovable(new BorrowRequest(trust, TRUST, new Standing(1, 1, 0), 1, 1))).isFalse();
        BorrowRule manual = BorrowRuleBuilder.communityTrust().autoApprove(false).build();
        assertThat(BorrowPolicies.autoApprovable(new BorrowRequest(trust, manual, new Standing(0, 0, 0), 1, 1))).isFalse();
        Reader city = reader(CardType.CITY_WIDE, CardStatus.ACTIVE, 1L);
        BorrowRule cityAuto = BorrowRuleBuilder.cityWide().autoApprove(true).build();
        assertThat(BorrowPolicies.autoApprovable(new BorrowRequest(city, cityAuto, new Standing(0, 0, 0), 1, 1))).isFalse();
    }
}
