package com.taoshu.loan;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Borrowing policies, loans, renewals and borrow rules (the 401xx policy codes and the 403xx and 404xx codes, which
 * used to live in OrderErrorCode: same numbers).
 */
public enum LoanErrorCode implements ErrorCode {
    CARD_SUSPENDED(40101, HttpStatus.FORBIDDEN, "您的借阅证已暂停，暂时不能借书，请联系图书馆"),
    OVERDUE_LOANS(40102, HttpStatus.FORBIDDEN, "您有逾期未还的图书，请先归还后再借"),
    LOAN_LIMIT_EXCEEDED(40103, HttpStatus.CONFLICT, "超出借阅证的可借数量"),
    NOT_HOME_BRANCH(40104, HttpStatus.FORBIDDEN, "诚信通借阅证只能在所属分馆借书"),
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
