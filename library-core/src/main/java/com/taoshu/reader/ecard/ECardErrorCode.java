package com.taoshu.reader.ecard;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum ECardErrorCode implements ErrorCode {
    ECARD_INVALID(20901, HttpStatus.BAD_REQUEST, "无法识别的电子借书证，请让读者在小程序里重新打开电子借书证"),
    ECARD_EXPIRED(20902, HttpStatus.BAD_REQUEST, "电子借书证二维码已过期，请让读者刷新后重新出示"),
    TICKET_INVALID(20903, HttpStatus.BAD_REQUEST, "读者身份未核验，请先扫描读者的电子借书证"),
    TICKET_EXPIRED(20904, HttpStatus.BAD_REQUEST, "读者身份核验已超时，请重新扫描读者的电子借书证");

    private final int code;
    private final HttpStatus status;
    private final String message;

    ECardErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
