package com.taoshu.shared.error;

import com.taoshu.shared.api.ApiResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one place where exceptions become envelopes: honest HTTP status, numeric code, Chinese message, no stack. */
@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(BizException.class)
    ResponseEntity<ApiResponse<Void>> biz(BizException e) {
        ErrorCode code = e.errorCode();
        if (code.status().is5xxServerError()) {
            log.warn("business failure {}: {}", code, e.userMessage());
        } else {
            log.info("rejected {}: {}", code, e.userMessage());
        }
        return respond(code, e.userMessage());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiResponse<Void>> bind(BindException e) {
        String msg = e.getBindingResult().getAllErrors().stream()
                .map(err -> err instanceof FieldError fe && isTypeMismatch(fe)
                        ? "参数 " + fe.getField() + " 的格式不正确"
                        : err.getDefaultMessage())
                .distinct()
                .collect(Collectors.joining("；"));
        return respond(CommonErrorCode.VALIDATION_FAILED, msg);
    }

    private static boolean isTypeMismatch(FieldError fe) {
        return fe.isBindingFailure();
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiResponse<Void>> methodValidation(HandlerMethodValidationException e) {
        String msg = e.getAllErrors().stream()
                .map(err -> err.getDefaultMessage())
                .distinct()
                .collect(Collectors.joining("；"));
        return respond(CommonErrorCode.VALIDATION_FAILED, msg);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiResponse<Void>> constraint(ConstraintViolationException e) {
        String msg = e.getConstraintViolations().stream()
                .map(v -> v.getMessage())
                .distinct()
                .collect(Collectors.joining("；"));
        return respond(CommonErrorCode.VALIDATION_FAILED, msg);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiResponse<Void>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (type.equals("UnrecognizedPropertyException")) {
                return respond(CommonErrorCode.UNKNOWN_FIELD, "请求中包含无法识别的字段：" + propertyName(t));
            }
            if (type.equals("InvalidFormatException") || type.equals("MismatchedInputException")
                    || type.equals("InvalidTypeIdException") || type.equals("ValueInstantiationException")) {
                String field = path(t);
                return respond(CommonErrorCode.TYPE_MISMATCH,
                        field.isEmpty() ? "请求内容格式不正确" : "字段 " + field + " 的值格式不正确");
            }
        }
        return respond(CommonErrorCode.MALFORMED_BODY, CommonErrorCode.MALFORMED_BODY.message());
    }

    private static String propertyName(Throwable t) {
        try {
            Object name = t.getClass().getMethod("getPropertyName").invoke(t);
            return String.valueOf(name);
        } catch (ReflectiveOperationException ex) {
            return "";
        }
    }

    private static String path(Throwable t) {
        try {
            Object path = t.getClass().getMethod("getPath").invoke(t);
            if (path instanceof java.util.List<?> refs) {
                return refs.stream().map(r -> {
                    try {
                        Object n = r.getClass().getMethod("getPropertyName").invoke(r);
                        if (n != null) return n.toString();
                        return "[" + r.getClass().getMethod("getIndex").invoke(r) + "]";
                    } catch (ReflectiveOperationException ex) {
                        return "?";
                    }
                }).collect(Collectors.joining("."));
            }
        } catch (ReflectiveOperationException ignored) {
            // not a Jackson mapping exception: no field path to report
        }
        return "";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiResponse<Void>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(CommonErrorCode.TYPE_MISMATCH, "参数 " + e.getName() + " 的格式不正确");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiResponse<Void>> missingParam(MissingServletRequestParameterException e) {
        return respond(CommonErrorCode.MISSING_PARAMETER, "缺少必填参数：" + e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiResponse<Void>> missingPart(MissingServletRequestPartException e) {
        return respond(CommonErrorCode.MISSING_PARAMETER, "缺少上传文件：" + e.getRequestPartName());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiResponse<Void>> missingHeader(MissingRequestHeaderException e) {
        return respond(CommonErrorCode.MISSING_PARAMETER, "缺少请求头：" + e.getHeaderName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiResponse<Void>> tooLarge(MaxUploadSizeExceededException e) {
        return respond(CommonErrorCode.PAYLOAD_TOO_LARGE, CommonErrorCode.PAYLOAD_TOO_LARGE.message());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiResponse<Void>> noResource(NoResourceFoundException e) {
        return respond(CommonErrorCode.NOT_FOUND, CommonErrorCode.NOT_FOUND.message());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiResponse<Void>> method(HttpRequestMethodNotSupportedException e) {
        return respond(CommonErrorCode.METHOD_NOT_ALLOWED, "不支持 " + e.getMethod() + " 请求");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiResponse<Void>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE.message());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ApiResponse<Void>> duplicate(DuplicateKeyException e) {
        log.info("duplicate key: {}", e.getMostSpecificCause().getMessage());
        return respond(CommonErrorCode.DUPLICATE, CommonErrorCode.DUPLICATE.message());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiResponse<Void>> optimistic(OptimisticLockingFailureException e) {
        return respond(CommonErrorCode.CONFLICT, CommonErrorCode.CONFLICT.message());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiResponse<Void>> unexpected(Exception e) {
        log.error("unexpected error", e);
        return respond(CommonErrorCode.INTERNAL, CommonErrorCode.INTERNAL.message());
    }

    private static ResponseEntity<ApiResponse<Void>> respond(ErrorCode code, String msg) {
        return ResponseEntity.status(code.status()).body(ApiResponse.error(code.code(), msg));
    }
}
