package com.taoshu.shared.error;

/** A rule said no: carries the {@link ErrorCode} (and optionally a more specific Chinese message). */
public class BizException extends RuntimeException {

    private final ErrorCode errorCode;
    private final String userMessage;

    public BizException(ErrorCode errorCode) {
        this(errorCode, errorCode.message());
    }

    public BizException(ErrorCode errorCode, String userMessage) {
        // a refusal is an answer, not a fault: no stack trace (never logged, and filling one in on every refusal in a
        // rush of sold-out submits costs more than the query that decided it)
        super(errorCode + ": " + userMessage, null, false, false);
        this.errorCode = errorCode;
        this.userMessage = userMessage;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String userMessage() {
        return userMessage;
    }
}
