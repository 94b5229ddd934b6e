package com.taoshu.loan.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.Loan;
import com.taoshu.loan.LoanStatus;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.testsupport.BorrowRuleBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LossRulesTest {

    private static final BorrowRule RULE = BorrowRuleBuilder.cityWide().build();
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 1, 10, 0);

    private static Loan loan() {
        Loan loan = Loan.start(1, 2, 3, 4, 5L, RULE, AT);
        loan.setId(9L);
        return loan;
    }

    @Test
    void aLossClosesAnActiveLoanOnceAndIsNeverOverdue() {
        Loan loan = loan();
        loan.closeWithLoss(LoanStatus.LOST);
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.LOST);
        assertThat(loan.overdueDays(LocalDate.of(2026, 6, 1))).isZero();
        assertThatThrownBy(() -> loan.closeWithLoss(LoanStatus.DAMAGED)).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> loan().closeWithLoss(LoanStatus.RETURNED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompensationIsOwedUntilSettledOnceAndAZeroAmountIsWaivedAtOnce() {
        Compensation owed = Compensation.forLoss(loan(), LoanStatus.LOST, 4550, null, Actor.SYSTEM, AT);
        assertThat(owed.getStatus()).isEqualTo(CompensationStatus.UNPAID);
        owed.settle(CompensationStatus.PAID, AT.plusDays(1));
        assertThat(owed.getStatus()).isEqualTo(CompensationStatus.PAID);
        assertThatThrownBy(() -> owed.settle(CompensationStatus.WAIVED, AT)).isInstanceOf(BizException.class);

        Compensation nothing = Compensation.forLoss(loan(), LoanStatus.DAMAGED, 0, null, Actor.SYSTEM, AT);
        assertThat(nothing.getStatus()).isEqualTo(CompensationStatus.WAIVED);
        assertThat(nothing.getSettledAt()).isEqualTo(AT);
    }
}
