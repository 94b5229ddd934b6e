package com.taoshu.news;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum NewsErrorCode implements ErrorCode {
    NEWS_NOT_FOUND(60901, HttpStatus.NOT_FOUND, "资讯不存在或已下线"),
    EMPTY_BODY(60902, HttpStatus.BAD_REQUEST, "资讯正文去除不安全内容后为空，请检查后再发布"),
    NOT_YOUR_BRANCH(60903, HttpStatus.FORBIDDEN, "只能管理本分馆的资讯和活动"),
    BRANCH_INVALID(60904, HttpStatus.BAD_REQUEST, "分馆不存在或已停用"),
    CHANGED(60905, HttpStatus.CONFLICT, "内容刚刚被其他人修改，请刷新后重试"),
    ACTIVITY_NOT_FOUND(60951, HttpStatus.NOT_FOUND, "活动不存在"),
    ACTIVITY_FULL(60952, HttpStatus.CONFLICT, "活动名额已满"),
    ALREADY_SIGNED_UP(60953, HttpStatus.CONFLICT, "你已报名这个活动"),
    ACTIVITY_STARTED(60954, HttpStatus.CONFLICT, "活动已开始或已结束，不能报名或取消"),
    SIGNUP_NOT_FOUND(60955, HttpStatus.NOT_FOUND, "报名记录不存在"),
    BAD_TIMES(60956, HttpStatus.BAD_REQUEST, "活动结束时间应晚于开始时间"),
    CAPACITY_BELOW_SIGNUPS(60957, HttpStatus.CONFLICT, "名额不能少于已报名人数");

    private final int code;
    private final HttpStatus status;
    private final String message;

    NewsErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
