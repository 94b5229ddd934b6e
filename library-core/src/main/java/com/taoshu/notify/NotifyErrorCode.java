package com.taoshu.notify;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of the notify feature (60001–60099). */
public enum NotifyErrorCode implements ErrorCode {
    TEMPLATES_REQUIRED(60001, HttpStatus.BAD_REQUEST, "请至少提供一个订阅消息模板"),
    NOTICE_NOT_FOUND(60002, HttpStatus.NOT_FOUND, "没有这条通知"),
    NOT_RESENDABLE(60003, HttpStatus.CONFLICT, "只有发送失败的通知可以重新发送"),
    UNKNOWN_TEMPLATES(60004, HttpStatus.BAD_REQUEST, "订阅消息模板不存在");

    private final int code;
    private final HttpStatus status;
    private final String message;

    NotifyErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
