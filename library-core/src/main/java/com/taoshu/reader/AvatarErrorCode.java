package com.taoshu.reader;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum AvatarErrorCode implements ErrorCode {
    AVATAR_EMPTY(20701, HttpStatus.BAD_REQUEST, "请选择一张图片作为头像"),
    AVATAR_NOT_AN_IMAGE(20702, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "头像只支持JPG、PNG或WebP格式的图片"),
    AVATAR_TOO_LARGE(20703, HttpStatus.PAYLOAD_TOO_LARGE, "头像图片不能超过512KB，请换一张小一些的"),
    NO_AVATAR(20704, HttpStatus.NOT_FOUND, "还没有设置头像");

    private final int code;
    private final HttpStatus status;
    private final String message;

    AvatarErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
