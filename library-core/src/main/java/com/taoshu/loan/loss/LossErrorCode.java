package com.taoshu.loan.loss;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum LossErrorCode implements ErrorCode {
    COMPENSATION_NOT_FOUND(40701, HttpStatus.NOT_FOUND, "赔偿记录不存在"),
    COMPENSATION_SETTLED(40702, HttpStatus.CONFLICT, "这笔赔偿已处理，不能重复操作"),
    NOT_A_LOSS(40703, HttpStatus.BAD_REQUEST, "请选择遗失或损坏"),
    COPY_CHANGED(40704, HttpStatus.CONFLICT, "该复本状态刚刚已变化，请刷新后重试"),
    LOAN_CLOSED(40705, HttpStatus.CONFLICT, "这笔借阅已结束，不能登记遗失或损坏");

    private final int code;
    private final HttpStatus status;
    private final String message;

    LossErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
