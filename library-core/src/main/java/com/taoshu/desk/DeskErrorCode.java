package com.taoshu.desk;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

/** The desk's scanner flows: returns by barcode, identifying a reader, checkout without an order (408xx). */
public enum DeskErrorCode implements ErrorCode {
    BARCODE_NOT_FOUND(40801, HttpStatus.NOT_FOUND, "没有这个条码的图书，请核对条码后重新扫描"),
    NOT_ON_LOAN(40802, HttpStatus.CONFLICT, "这本书没有借出记录，不用还书，可直接上架"),
    LENT_BY_OTHER_BRANCH(40803, HttpStatus.CONFLICT, "这本书不是本馆借出的，请送回借出的分馆归还"),
    PICKUP_CODE_UNKNOWN(40804, HttpStatus.NOT_FOUND, "没有找到这个取书码的待取订单，请核对后重新输入"),
    PICKUP_CODE_AMBIGUOUS(40805, HttpStatus.CONFLICT, "这个取书码对应多位读者，请让读者出示电子借书证"),
    NOTHING_TO_LEND(40806, HttpStatus.BAD_REQUEST, "请先扫描要借的书"),
    TOO_MANY_BOOKS(40807, HttpStatus.BAD_REQUEST, "一次最多借20本书"),
    CODE_REQUIRED(40808, HttpStatus.BAD_REQUEST, "请扫描电子借书证或输入4位取书码");

    private final int code;
    private final HttpStatus status;
    private final String message;

    DeskErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
