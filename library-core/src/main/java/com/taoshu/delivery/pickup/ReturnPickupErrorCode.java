package com.taoshu.delivery.pickup;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum ReturnPickupErrorCode implements ErrorCode {
    PICKUP_NOT_FOUND(50501, HttpStatus.NOT_FOUND, "上门取书单不存在"),
    NO_LOANS(50502, HttpStatus.BAD_REQUEST, "请选择要归还的书"),
    TOO_MANY_LOANS(50503, HttpStatus.BAD_REQUEST, "一次最多归还20本"),
    LOAN_NOT_RETURNABLE(50504, HttpStatus.CONFLICT, "所选的书中有已归还或已约好上门取书的，请刷新后重选"),
    MIXED_BRANCHES(50505, HttpStatus.BAD_REQUEST, "一次上门取书只能归还同一分馆的书"),
    NOT_CANCELLABLE(50506, HttpStatus.CONFLICT, "配送员已出发，不能再取消，请在家等候或联系分馆"),
    BAD_STATE(50507, HttpStatus.CONFLICT, "上门取书单状态不允许此操作"),
    NOT_A_PICKUP_STOP(50508, HttpStatus.CONFLICT, "这是送书点，请输入读者的取书码确认送达"),
    NOT_A_DELIVERY_STOP(50509, HttpStatus.CONFLICT, "这是上门取书点，请清点收回的书后确认取回"),
    NOT_COLLECTED(50510, HttpStatus.CONFLICT, "这些书还没有被配送员取回，不能入库"),
    LOAN_NOT_IN_PICKUP(50511, HttpStatus.BAD_REQUEST, "所选的书不在这张上门取书单里");

    private final int code;
    private final HttpStatus status;
    private final String message;

    ReturnPickupErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
