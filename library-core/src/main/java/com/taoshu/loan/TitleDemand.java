package com.taoshu.loan;

/**
 * Other readers wanting a title at a branch — in their borrowing cart, waiting in its reservation queue. A renewal is
 * refused while anyone wants the title and no copy is free. A port owned by {@code loan}: the modules that know about a
 * kind of demand ({@code cart}, {@code reservation}) implement it, and the loan sums them, so loan depends on neither.
 */
public interface TitleDemand {

    long othersWanting(long bookId, long branchId, long exceptReaderId);
}
