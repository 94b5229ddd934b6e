package com.taoshu.loan;

/**
 * Books a reader holds in open borrow orders: they count against the card's loan limit like loans do. A port owned by
 * {@code loan} and implemented by {@code order} (which owns orders and what "open" means), so the standing needs no
 * knowledge of orders and the dependency runs order → loan only.
 */
public interface OpenOrderBooks {

    int heldBy(long readerId);
}
