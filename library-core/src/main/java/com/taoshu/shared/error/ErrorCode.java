package com.taoshu.shared.error;

import org.springframework.http.HttpStatus;

/**
 * An error a user may see. Each feature has one enum implementing this; codes are unique across all of them
 * (10xxx common, 20xxx reader, 30xxx catalog/cart, 40xxx order/loan, 50xxx delivery, 60xxx notify/staff).
 */
public interface ErrorCode {

    int code();

    HttpStatus status();

    /** Chinese text shown to users. */
    String message();

    default BizException exception() {
        return new BizException(this);
    }

    default BizException exception(String detail) {
        return new BizException(this, detail);
    }
}
