package com.taoshu.shared.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CallersTransactionTest {

    @AfterEach
    void clear() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void refusesToRunOutsideATransactionLikeMandatoryPropagation() {
        assertThatThrownBy(CallersTransaction::require).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void passesInsideTheCallersTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThatCode(CallersTransaction::require).doesNotThrowAnyException();
    }
}
