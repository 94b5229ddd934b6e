package com.taoshu.delivery.route;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

/** The courier reaching the reader at the door (full numbers only while the visit is under way). */
public enum ContactErrorCode implements ErrorCode {
    NOT_YET_OUT(50701, HttpStatus.CONFLICT, "出发后才能查看读者的完整电话"),
    VISIT_OVER(50702, HttpStatus.FORBIDDEN, "该配送点已结束，读者电话不再显示"),
    NO_SECOND_CONTACT(50703, HttpStatus.NOT_FOUND, "读者没有留第二联系人");

    private final int code;
    private final HttpStatus status;
    private final String message;

    ContactErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
