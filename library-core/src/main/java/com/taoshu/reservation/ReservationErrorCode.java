package com.taoshu.reservation;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum ReservationErrorCode implements ErrorCode {
    RESERVATION_NOT_FOUND(40501, HttpStatus.NOT_FOUND, "预约不存在"),
    COPY_AVAILABLE(40502, HttpStatus.CONFLICT, "该分馆现在就有可借的复本，请直接加入借书车"),
    NOT_HELD_AT_BRANCH(40503, HttpStatus.BAD_REQUEST, "该分馆没有这本书的馆藏，不能预约"),
    ALREADY_RESERVED(40504, HttpStatus.CONFLICT, "您已在排队预约这本书"),
    ALREADY_HAS_TITLE(40505, HttpStatus.CONFLICT, "您已借有这本书或它在您未完成的订单里，无需预约"),
    LIMIT_REACHED(40506, HttpStatus.CONFLICT, "预约数量已达上限"),
    NOT_CANCELLABLE(40507, HttpStatus.CONFLICT, "预约的书已到馆并生成订单，请在我的订单中查看"),
    CARD_INACTIVE(40508, HttpStatus.FORBIDDEN, "借书证已停用，不能预约");

    private final int code;
    private final HttpStatus status;
    private final String message;

    ReservationErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
