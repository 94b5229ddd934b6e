package com.taoshu.upgrade;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum CardApplicationErrorCode implements ErrorCode {
    APPLICATION_NOT_FOUND(20601, HttpStatus.NOT_FOUND, "升级申请不存在"),
    ALREADY_COMMUNITY_TRUST(20602, HttpStatus.CONFLICT, "您已经是诚信通借阅证，无需再申请"),
    HOME_BRANCH_REQUIRED(20603, HttpStatus.BAD_REQUEST, "诚信通只能在所属分馆借阅，请先在个人资料中选择所属分馆"),
    CARD_SUSPENDED(20604, HttpStatus.BAD_REQUEST, "您的借阅证已暂停使用，恢复后才能申请诚信通"),
    OVERDUE_LOANS(20605, HttpStatus.BAD_REQUEST, "您有逾期未还的图书，归还后才能申请诚信通"),
    APPLICATION_PENDING(20606, HttpStatus.CONFLICT, "您已有一份待审核的升级申请，请耐心等待馆员处理"),
    BAD_STATE(20607, HttpStatus.CONFLICT, "该申请当前状态不允许此操作"),
    INAPPROPRIATE_TEXT(20608, HttpStatus.BAD_REQUEST, "内容包含不当用语，请修改后再提交"),
    REASON_REQUIRED(20609, HttpStatus.BAD_REQUEST, "请填写不通过的原因，读者会看到它");

    private final int code;
    private final HttpStatus status;
    private final String message;

    CardApplicationErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
