package com.taoshu.delivery;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

public enum DeliveryErrorCode implements ErrorCode {
    APPLICATION_PENDING(50101, HttpStatus.CONFLICT, "您已提交送书上门申请，请等待馆员审核"),
    ALREADY_ELIGIBLE(50102, HttpStatus.CONFLICT, "您已开通送书上门服务"),
    APPLICATION_NOT_FOUND(50103, HttpStatus.NOT_FOUND, "申请不存在"),
    APPLICATION_DECIDED(50104, HttpStatus.CONFLICT, "该申请已处理"),
    ADDRESS_NOT_FOUND(50201, HttpStatus.NOT_FOUND, "地址不存在"),
    ADDRESS_NOT_FOUND_ON_MAP(50202, HttpStatus.BAD_REQUEST, "地图上找不到这个地址，请写清楚小区、楼栋和门牌号"),
    ADDRESS_OUT_OF_RANGE(50203, HttpStatus.BAD_REQUEST, "该地址不在任何分馆的送书范围内"),
    MAP_UNAVAILABLE(50204, HttpStatus.FAILED_DEPENDENCY, "地图服务暂时不可用，请在地图上选择位置后保存，或稍后再试"),
    TOO_MANY_ADDRESSES(50205, HttpStatus.CONFLICT, "最多保存10个地址"),
    ADDRESS_NEEDS_MAP_PICK(50220, HttpStatus.BAD_REQUEST, "暂时无法按文字查找地址，请在地图上选择您家的位置后再保存"),
    LOCATION_INCOMPLETE(50221, HttpStatus.BAD_REQUEST, "位置须同时包含纬度和经度，请在地图上重新选择"),
    LOCATION_INVALID(50222, HttpStatus.BAD_REQUEST, "位置不正确，请在地图上重新选择"),
    SLOT_NOT_FOUND(50301, HttpStatus.NOT_FOUND, "配送时段不存在"),
    SLOT_FULL(50302, HttpStatus.CONFLICT, "该配送时段已约满，请选择其他时段"),
    SLOT_CLOSED(50303, HttpStatus.CONFLICT, "该配送时段已截止预约，请选择其他时段"),
    SLOT_WRONG_BRANCH(50304, HttpStatus.BAD_REQUEST, "所选时段不属于借书的分馆"),
    DELIVERY_DETAILS_REQUIRED(50305, HttpStatus.BAD_REQUEST, "送书上门需要选择收货地址和配送时段"),
    ADDRESS_OUTSIDE_BRANCH(50306, HttpStatus.BAD_REQUEST, "该地址不在这个分馆的送书范围内，请选择其他地址或分馆"),
    DATE_OUT_OF_RANGE(50307, HttpStatus.BAD_REQUEST, "只能查看今天起14天内的配送时段"),
    TEMPLATE_NOT_FOUND(50308, HttpStatus.NOT_FOUND, "配送时段模板不存在"),
    TEMPLATE_INVALID(50309, HttpStatus.BAD_REQUEST, "结束时间必须晚于开始时间"),
    WINDOW_INVALID(50310, HttpStatus.BAD_REQUEST, "期望上门时间须同时填写开始和结束，在所选时段之内，且不少于30分钟"),
    PLAN_IN_PROGRESS(50311, HttpStatus.CONFLICT, "另一实例正在为该时段排线，请稍后刷新查看"),
    COURIER_NOT_FOUND(50401, HttpStatus.NOT_FOUND, "配送员不存在"),
    COURIER_UNAVAILABLE(50402, HttpStatus.CONFLICT, "该配送员今天请假或不属于这个分馆"),
    ROUTE_NOT_FOUND(50403, HttpStatus.NOT_FOUND, "路线不存在"),
    ROUTE_ALREADY_STARTED(50404, HttpStatus.CONFLICT, "路线已出发，不能再调整"),
    STOP_NOT_FOUND(50405, HttpStatus.NOT_FOUND, "配送点不存在"),
    WRONG_CODE(50406, HttpStatus.BAD_REQUEST, "取书码不正确"),
    STOP_LOCKED(50407, HttpStatus.CONFLICT, "取书码错误次数过多，该配送点已锁定，请联系馆员处理"),
    STOP_NOT_OUT(50408, HttpStatus.CONFLICT, "请先出发再确认送达"),
    STOP_FINISHED(50409, HttpStatus.CONFLICT, "该配送点已处理"),
    ORDER_NOT_AWAITING(50410, HttpStatus.CONFLICT, "该订单不在待派送状态"),
    PING_TOO_OFTEN(50411, HttpStatus.TOO_MANY_REQUESTS, "位置上报过于频繁"),
    STOP_NOT_LOCKED(50412, HttpStatus.CONFLICT, "该配送点未锁定，无需馆员处理");

    private final int code;
    private final HttpStatus status;
    private final String message;

    DeliveryErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
