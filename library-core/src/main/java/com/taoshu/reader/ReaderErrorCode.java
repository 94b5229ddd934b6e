package com.taoshu.reader;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum ReaderErrorCode implements ErrorCode {
    WX_CODE_INVALID(20101, HttpStatus.BAD_REQUEST, "微信登录凭证无效，请重新打开小程序后再试"),
    WX_CODE_USED(20102, HttpStatus.BAD_REQUEST, "微信登录凭证已使用，请重新登录"),
    WX_RATE_LIMITED(20103, HttpStatus.TOO_MANY_REQUESTS, "登录过于频繁，请稍后再试"),
    WX_UNAVAILABLE(20104, HttpStatus.FAILED_DEPENDENCY, "暂时无法连接微信服务，请稍后重试"),
    WX_REJECTED(20105, HttpStatus.BAD_REQUEST, "微信拒绝了本次请求，请稍后重试"),
    WX_NOT_CONFIGURED(20106, HttpStatus.FAILED_DEPENDENCY, "微信登录尚未配置，请联系图书馆"),
    PHONE_CODE_INVALID(20107, HttpStatus.BAD_REQUEST, "手机号授权凭证无效或已过期，请重新授权"),
    READER_NOT_FOUND(20201, HttpStatus.NOT_FOUND, "读者不存在"),
    CARD_ALREADY_THIS_TYPE(20202, HttpStatus.CONFLICT, "读者已是该类型的借阅证"),
    CARD_ALREADY_SUSPENDED(20203, HttpStatus.CONFLICT, "该借阅证已处于暂停状态"),
    CARD_NOT_SUSPENDED(20204, HttpStatus.CONFLICT, "该借阅证未被暂停，无需恢复"),
    HOME_BRANCH_REQUIRED(20205, HttpStatus.BAD_REQUEST, "诚信通借阅证需要先设置所属分馆"),
    BRANCH_NOT_FOUND(20206, HttpStatus.BAD_REQUEST, "所选分馆不存在或已停用"),
    READER_CHANGED(20207, HttpStatus.CONFLICT, "读者信息已被其他馆员修改，请刷新后重试"),
    HOME_BRANCH_BY_LIBRARIAN(20208, HttpStatus.FORBIDDEN, "诚信通借阅证只能在所属分馆借阅，更换所属分馆请到馆由馆员办理"),
    HOME_BRANCH_UNCHANGED(20209, HttpStatus.CONFLICT, "读者已属于该分馆"),
    INAPPROPRIATE_NAME(20210, HttpStatus.BAD_REQUEST, "昵称包含不当用语，请换一个");

    private final int code;
    private final HttpStatus status;
    private final String message;

    ReaderErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
