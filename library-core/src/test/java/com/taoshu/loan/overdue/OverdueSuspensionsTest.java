package com.taoshu.loan.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverdueSuspensionsTest {

    @Test
    void onlyTheRulesOwnSuspensionIsLiftedAutomatically() {
        assertThat(OverdueSuspensions.isAutomatic("SYSTEM", OverdueSuspensions.SUSPEND_REASON.formatted(30))).isTrue();
        assertThat(OverdueSuspensions.isAutomatic("LIBRARIAN", "逾期超过30天自动暂停")).as("typed by a librarian").isFalse();
        assertThat(OverdueSuspensions.isAutomatic("SYSTEM", "其他原因")).isFalse();
        assertThat(OverdueSuspensions.isAutomatic(null, null)).isFalse();
    }

    @Test
    void minDaysBecomesADueDateBound() {
        var today = java.time.LocalDate.of(2026, 3, 10);
        OverdueQuery q = OverdueQuery.of(null, 5, null, null, today);
        assertThat(q.dueOnOrBefore()).isEqualTo(today.minusDays(5));
        assertThat(q.sort()).isEqualTo(OverdueSort.DAYS_DESC);
        assertThat(OverdueQuery.of(null, null, null, null, today).minDays()).isNull();
    }
}
