package com.taoshu.order;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum OrderErrorCode implements ErrorCode {
    COPY_UNAVAILABLE(40105, HttpStatus.CONFLICT, "所选图书在该分馆已无可借复本"),
    EMPTY_ORDER(40106, HttpStatus.BAD_REQUEST, "请至少选择一本书"),
    MIXED_BRANCHES(40107, HttpStatus.BAD_REQUEST, "一次只能提交同一分馆的图书，请按分馆分别提交"),
    DELIVERY_NOT_ELIGIBLE(40108, HttpStatus.FORBIDDEN, "您尚未开通送书上门服务，请选择到馆自取或先申请送书上门"),
    TOO_MANY_LINES(40109, HttpStatus.BAD_REQUEST, "一次最多提交20本书"),
    ORDER_NOT_FOUND(40201, HttpStatus.NOT_FOUND, "订单不存在"),
    ORDER_STATE(40202, HttpStatus.CONFLICT, "订单当前状态不允许此操作"),
    ORDER_CONFLICT(40203, HttpStatus.CONFLICT, "该订单刚刚已被其他馆员处理，请刷新后查看"),
    LINE_NOT_IN_ORDER(40204, HttpStatus.BAD_REQUEST, "所选书目不属于该订单"),
    ALL_LINES_REJECTED(40205, HttpStatus.BAD_REQUEST, "部分通过时至少要保留一本书；全部不通过请使用驳回"),
    REASON_REQUIRED(40206, HttpStatus.BAD_REQUEST, "请填写不通过的原因");

    private final int code;
    private final HttpStatus status;
    private final String message;

    OrderErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
