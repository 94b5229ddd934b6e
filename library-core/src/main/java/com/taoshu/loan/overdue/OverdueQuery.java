package com.taoshu.loan.overdue;

import com.taoshu.reader.CardType;
import java.time.LocalDate;

/**
 * The desk's filters, resolved for SQL: overdue on {@code today}, at least {@code minDays} days (due on or before
 * {@code dueOnOrBefore}), at a branch (null = all the caller may see), of a card type.
 */
public record OverdueQuery(Long branchId, Integer minDays, CardType cardType, OverdueSort sort, LocalDate today,
                           LocalDate dueOnOrBefore) {

    public static OverdueQuery of(Long branchId, Integer minDays, CardType cardType, OverdueSort sort, LocalDate today) {
        int min = minDays == null ? 1 : Math.max(1, minDays);
        return new OverdueQuery(branchId, minDays == null ? null : min, cardType, sort == null ? OverdueSort.DAYS_DESC : sort,
                today, today.minusDays(min));
    }
}
