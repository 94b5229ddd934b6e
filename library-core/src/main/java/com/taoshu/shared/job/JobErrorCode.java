package com.taoshu.shared.job;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum JobErrorCode implements ErrorCode {
    JOB_NOT_FOUND(10601, HttpStatus.NOT_FOUND, "没有这个任务");

    private final int code;
    private final HttpStatus status;
    private final String message;

    JobErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
