package com.taoshu.loan;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

/** Loans, renewals and borrow rules (the 403xx and 404xx codes, which used to live in OrderErrorCode: same numbers). */
public enum LoanErrorCode implements ErrorCode {
    LOAN_NOT_FOUND(40301, HttpStatus.NOT_FOUND, "借阅记录不存在"),
    RENEW_LIMIT(40302, HttpStatus.CONFLICT, "续借次数已达上限"),
    RENEW_OVERDUE(40303, HttpStatus.CONFLICT, "图书已逾期，不能续借，请尽快归还"),
    RENEW_OTHERS_WAITING(40304, HttpStatus.CONFLICT, "其他读者正在等待这本书，暂不能续借"),
    LOAN_NOT_ACTIVE(40305, HttpStatus.CONFLICT, "这本书已经归还"),
    LOAN_CONFLICT(40306, HttpStatus.CONFLICT, "借阅记录刚刚已被更新，请刷新后重试"),
    RULE_NOT_FOUND(40401, HttpStatus.NOT_FOUND, "借阅规则不存在"),
    RULE_CONFLICT(40402, HttpStatus.CONFLICT, "借阅规则已被他人修改，请刷新后重试");

    private final int code;
    private final HttpStatus status;
    private final String message;

    LoanErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
