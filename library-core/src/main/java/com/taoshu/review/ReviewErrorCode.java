package com.taoshu.review;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum ReviewErrorCode implements ErrorCode {
    REVIEW_NOT_FOUND(60701, HttpStatus.NOT_FOUND, "书评不存在"),
    NOT_BORROWED(60702, HttpStatus.FORBIDDEN, "借阅过这本书后才能发表书评"),
    ALREADY_REVIEWED(60703, HttpStatus.CONFLICT, "你已评价过这本书，可以修改原来的书评"),
    RATING_OUT_OF_RANGE(60704, HttpStatus.BAD_REQUEST, "评分应为1到5星"),
    INAPPROPRIATE_TEXT(60705, HttpStatus.BAD_REQUEST, "内容包含不当用语，请修改后再提交"),
    NOT_AUTHOR(60706, HttpStatus.FORBIDDEN, "只能修改自己的书评"),
    BAD_STATE(60707, HttpStatus.CONFLICT, "书评状态不允许此操作"),
    BOOK_NOT_FOUND(60708, HttpStatus.NOT_FOUND, "图书不存在");

    private final int code;
    private final HttpStatus status;
    private final String message;

    ReviewErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
