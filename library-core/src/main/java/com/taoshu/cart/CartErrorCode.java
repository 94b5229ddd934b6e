package com.taoshu.cart;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum CartErrorCode implements ErrorCode {
    CART_ITEM_NOT_FOUND(30501, HttpStatus.NOT_FOUND, "借书车中没有这本书"),
    ALREADY_IN_CART(30502, HttpStatus.CONFLICT, "这本书已经在借书车里了"),
    CART_FULL(30503, HttpStatus.CONFLICT, "借书车已满"),
    BOOK_NOT_FOUND(30504, HttpStatus.NOT_FOUND, "图书不存在"),
    BRANCH_NOT_FOUND(30505, HttpStatus.BAD_REQUEST, "所选分馆不存在或已停用"),
    NOT_HELD_AT_BRANCH(30506, HttpStatus.CONFLICT, "该分馆没有这本书的馆藏，请选择其他分馆"),
    /** The client recognises this code and offers 预约 (a reservation) for the same title and branch. */
    NO_FREE_COPY(30507, HttpStatus.CONFLICT, "这本书在该分馆已全部借出，暂时不能加入借书车，可以预约，有书时通知您");

    private final int code;
    private final HttpStatus status;
    private final String message;

    CartErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
