package com.taoshu.shared.error;

/** A rule said no: carries the {@link ErrorCode} (and optionally a more specific Chinese message). */
public class BizException extends RuntimeException {

    private final ErrorCode errorCode;
    private final String userMessage;

    public BizException(ErrorCode errorCode) {
        this(errorCode, errorCode.message());
    }

    public BizException(ErrorCode errorCode, String userMessage) {
        super(errorCode + ": " + userMessage);
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
