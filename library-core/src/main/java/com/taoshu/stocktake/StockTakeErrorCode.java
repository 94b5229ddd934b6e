package com.taoshu.stocktake;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

/** Stock-taking (盘点) errors: 620xx. */
public enum StockTakeErrorCode implements ErrorCode {
    STOCK_TAKE_NOT_FOUND(62001, HttpStatus.NOT_FOUND, "盘点单不存在"),
    ALREADY_OPEN(62002, HttpStatus.CONFLICT, "该分馆已有进行中的盘点，请先结束或取消"),
    NOT_OPEN(62003, HttpStatus.CONFLICT, "盘点已结束或已取消，不能再扫描"),
    NOT_FINISHED(62004, HttpStatus.CONFLICT, "请先结束盘点，再处理盘点差异"),
    CONFIRMATION_REQUIRED(62005, HttpStatus.BAD_REQUEST, "将缺失的复本标记为遗失前，请确认（confirm=true）"),
    OTHER_BRANCH(62006, HttpStatus.FORBIDDEN, "馆员只能盘点本馆"),
    SHELF_RANGE_INVALID(62007, HttpStatus.BAD_REQUEST, "架位范围不正确：起始架位不能大于结束架位"),
    BAD_STATE(62008, HttpStatus.CONFLICT, "盘点单状态不允许此操作"),
    NO_BARCODES(62009, HttpStatus.BAD_REQUEST, "请至少扫描一个条码");

    private final int code;
    private final HttpStatus status;
    private final String message;

    StockTakeErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
