package com.taoshu.suggestion;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum SuggestionErrorCode implements ErrorCode {
    SUGGESTION_NOT_FOUND(60801, HttpStatus.NOT_FOUND, "建议或荐购记录不存在"),
    TITLE_OR_ISBN_NEEDED(60802, HttpStatus.BAD_REQUEST, "请填写要荐购的书的ISBN，或书名和作者"),
    ALREADY_REQUESTED(60803, HttpStatus.CONFLICT, "你已荐购过这本书，请耐心等待馆员处理"),
    ALREADY_IN_LIBRARY(60804, HttpStatus.CONFLICT, "馆内已有这本书，可以直接借阅或预约"),
    NOT_A_PURCHASE_REQUEST(60805, HttpStatus.BAD_REQUEST, "只有荐购才能标记为已采购"),
    ISBN_NEEDED(60806, HttpStatus.BAD_REQUEST, "标记已采购前请填写这本书的ISBN，到馆后才能为读者自动预约"),
    BAD_STATE(60807, HttpStatus.CONFLICT, "该记录当前状态不允许此操作"),
    NOTHING_TO_PURCHASE(60808, HttpStatus.NOT_FOUND, "该ISBN没有待处理的荐购"),
    INAPPROPRIATE_TEXT(60809, HttpStatus.BAD_REQUEST, "内容包含不当用语，请修改后再提交");

    private final int code;
    private final HttpStatus status;
    private final String message;

    SuggestionErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
