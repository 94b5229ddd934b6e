package com.taoshu.staff;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum StaffErrorCode implements ErrorCode {
    BAD_CREDENTIALS(60101, HttpStatus.UNAUTHORIZED, "账号或密码错误"),
    ACCOUNT_DISABLED(60102, HttpStatus.FORBIDDEN, "账号已停用，请联系管理员"),
    WRONG_APP(60103, HttpStatus.FORBIDDEN, "该账号不能登录此端"),
    STAFF_NOT_FOUND(60104, HttpStatus.NOT_FOUND, "员工账号不存在"),
    USERNAME_TAKEN(60105, HttpStatus.CONFLICT, "用户名或手机号已被使用"),
    BRANCH_REQUIRED(60106, HttpStatus.BAD_REQUEST, "馆员和配送员必须指定所属分馆"),
    LOGIN_REQUIRED_FIELD(60107, HttpStatus.BAD_REQUEST, "馆员需要用户名，配送员需要手机号"),
    CANNOT_DISABLE_SELF(60108, HttpStatus.BAD_REQUEST, "不能停用自己的账号"),
    SESSION_NOT_FOUND(60109, HttpStatus.NOT_FOUND, "该登录会话不存在或已结束");

    private final int code;
    private final HttpStatus status;
    private final String message;

    StaffErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
