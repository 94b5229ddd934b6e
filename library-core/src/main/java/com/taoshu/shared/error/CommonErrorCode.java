package com.taoshu.shared.error;

import org.springframework.http.HttpStatus;

public enum CommonErrorCode implements ErrorCode {
    BAD_REQUEST(10000, HttpStatus.BAD_REQUEST, "请求参数有误"),
    VALIDATION_FAILED(10001, HttpStatus.BAD_REQUEST, "请求参数校验未通过"),
    MALFORMED_BODY(10002, HttpStatus.BAD_REQUEST, "请求内容格式不正确"),
    UNKNOWN_FIELD(10003, HttpStatus.BAD_REQUEST, "请求中包含无法识别的字段"),
    TYPE_MISMATCH(10004, HttpStatus.BAD_REQUEST, "参数类型不正确"),
    MISSING_PARAMETER(10005, HttpStatus.BAD_REQUEST, "缺少必填参数"),
    REQUEST_REJECTED(10006, HttpStatus.BAD_REQUEST, "请求地址不合法"),
    UNAUTHORIZED(10101, HttpStatus.UNAUTHORIZED, "请先登录"),
    TOKEN_INVALID(10102, HttpStatus.UNAUTHORIZED, "登录已过期，请重新登录"),
    FORBIDDEN(10103, HttpStatus.FORBIDDEN, "没有权限执行此操作"),
    NOT_FOUND(10404, HttpStatus.NOT_FOUND, "请求的资源不存在"),
    METHOD_NOT_ALLOWED(10405, HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方式"),
    UNSUPPORTED_MEDIA_TYPE(10415, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型"),
    PAYLOAD_TOO_LARGE(10413, HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大"),
    CONFLICT(10409, HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试"),
    DUPLICATE(10410, HttpStatus.CONFLICT, "数据已存在"),
    TOO_MANY_REQUESTS(10429, HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁，请稍后再试"),
    IDEMPOTENCY_IN_PROGRESS(10430, HttpStatus.CONFLICT, "相同的请求正在处理中，请稍候"),
    IDEMPOTENCY_KEY_REUSED(10431, HttpStatus.UNPROCESSABLE_CONTENT, "该请求标识已用于内容不同的请求，请勿重复使用"),
    UPSTREAM_UNAVAILABLE(10502, HttpStatus.SERVICE_UNAVAILABLE, "外部服务暂时不可用，请稍后再试"),
    /** Our database or Redis cannot be reached right now: answered with Retry-After, the client tries again. */
    SERVICE_UNAVAILABLE(10503, HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后重试"),
    INTERNAL(10500, HttpStatus.INTERNAL_SERVER_ERROR, "系统繁忙，请稍后再试"),
    NOT_ACCEPTABLE(10007, HttpStatus.NOT_ACCEPTABLE, "不支持所要求的返回格式"),
    MALFORMED_REQUEST(10008, HttpStatus.BAD_REQUEST, "请求格式不正确，无法处理"),
    INVALID_CHARACTERS(10009, HttpStatus.BAD_REQUEST, "文字中含有无法识别的字符，请修改后重试"),
    MALFORMED_QUERY(10440, HttpStatus.BAD_REQUEST, "请求参数的编码不正确"),
    MALFORMED_UPLOAD(10441, HttpStatus.BAD_REQUEST, "上传的内容格式不正确，请重新上传"),
    HEADERS_TOO_LARGE(10442, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "请求头过大"),
    URI_TOO_LONG(10443, HttpStatus.URI_TOO_LONG, "请求地址过长");

    private final int code;
    private final HttpStatus status;
    private final String message;

    CommonErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
