package com.taoshu.shared.persistence;

import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code Propagation.MANDATORY} without the proxy, for the few methods on the order-submit hot path (claiming and
 * holding a copy, placing the order): the same refusal — {@link IllegalTransactionStateException} when no transaction
 * is running — at the cost of a thread-local read. Everywhere else such methods declare
 * {@code @Transactional(propagation = Propagation.MANDATORY)}; docs/design-decisions.md records the measurement.
 */
public final class CallersTransaction {

    private CallersTransaction() {
    }

    /** Throws unless the calling thread runs inside an actual transaction. */
    public static void require() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "No existing transaction found for a method that runs in the caller's transaction");
        }
    }
}
