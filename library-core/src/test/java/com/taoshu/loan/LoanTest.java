package com.taoshu.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.error.BizException;
import com.taoshu.testsupport.BorrowRuleBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoanTest {

    private static final BorrowRule RULE = BorrowRuleBuilder.cityWide().build();
    private static final LocalDateTime HANDOVER = LocalDateTime.of(2026, 11, 1, 15, 30);

    private static Loan loan() {
        return Loan.start(1, 2, 3, 4, 5L, RULE, HANDOVER);
    }

    private static LoanErrorCode codeOf(Throwable e) {
        return (LoanErrorCode) ((BizException) e).errorCode();
    }

    @Test
    void dueIsHandoverDatePlusLoanDays() {
        assertThat(loan().getDueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void renewExtendsFromTheDueDateUpToTheRulesCount() {
        Loan loan = loan();
        assertThat(loan.renew(RULE, LocalDate.of(2026, 11, 20), false)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(loan.renew(RULE, LocalDate.of(2026, 12, 20), false)).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThatThrownBy(() -> loan.renew(RULE, LocalDate.of(2027, 1, 1), false))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.RENEW_LIMIT));
        assertThat(loan.getRenewCount()).isEqualTo(2);
    }

    @Test
    void overdueBeyondGraceCannotRenew() {
        Loan loan = loan();
        assertThatThrownBy(() -> loan.renew(RULE, LocalDate.of(2026, 12, 2), false))
                .satisfies(e -> {
                    assertThat(codeOf(e)).isEqualTo(LoanErrorCode.RENEW_OVERDUE);
                    assertThat(((BizException) e).userMessage()).contains("1天");
                });
        BorrowRule lenient = BorrowRuleBuilder.cityWide().renewOverdueGraceDays(3).build();
        assertThat(loan.renew(lenient, LocalDate.of(2026, 12, 3), false)).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @Test
    void othersWaitingBlockRenewal() {
        assertThatThrownBy(() -> loan().renew(RULE, LocalDate.of(2026, 11, 20), true))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.RENEW_OTHERS_WAITING));
    }

    @Test
    void overdueDaysAndReturn() {
        Loan loan = loan();
        assertThat(loan.overdueDays(LocalDate.of(2026, 12, 1))).isZero();
        assertThat(loan.overdueDays(LocalDate.of(2026, 12, 8))).isEqualTo(7);
        loan.giveBack(HANDOVER.plusDays(40));
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.RETURNED);
        assertThat(loan.overdueDays(LocalDate.of(2026, 12, 8))).isZero();
        assertThatThrownBy(() -> loan.giveBack(HANDOVER.plusDays(41)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.LOAN_NOT_ACTIVE));
        assertThatThrownBy(() -> loan.renew(RULE, LocalDate.of(2026, 11, 20), false)).isInstanceOf(BizException.class);
    }

    @Test
    void collectedAtTheDoorStopsRunningOverdueAndIsCheckedInOnce() {
        Loan loan = loan();
        loan.setStatus(LoanStatus.RETURN_COLLECTED);
        assertThat(loan.overdueDays(HANDOVER.toLocalDate().plusDays(45))).isZero();
        assertThatThrownBy(() -> loan.renew(RULE, HANDOVER.toLocalDate().plusDays(5), false))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.LOAN_NOT_ACTIVE));
        loan.giveBack(HANDOVER.plusDays(3));
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.RETURNED);
        assertThatThrownBy(() -> loan.giveBack(HANDOVER.plusDays(4)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.LOAN_NOT_ACTIVE));
    }

    @Test
    void aLoanCollectedAtTheDoorIsCheckedInButNotClosedAsALoss() {
        Loan loan = loan();
        loan.collectedAtDoor();
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.RETURN_COLLECTED);
        assertThatThrownBy(loan::collectedAtDoor)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.LOAN_NOT_ACTIVE));
        assertThatThrownBy(() -> loan.closeWithLoss(LoanStatus.LOST))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.LOAN_NOT_ACTIVE));
        loan.giveBack(HANDOVER.plusDays(3));
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.RETURNED);
        assertThatThrownBy(() -> loan.giveBack(HANDOVER.plusDays(4)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(LoanErrorCode.LOAN_NOT_ACTIVE));
    }
}
