package com.taoshu.shared.error;

import com.taoshu.shared.api.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The one place where exceptions become envelopes: honest HTTP status, numeric code, Chinese message, no stack, and
 * always JSON whatever the request's {@code Accept} header says (an error answer is never a page or empty). Messages
 * name no field, parameter or header: a Chinese label where the request record gives one, otherwise a generic
 * sentence; the name goes to the log for whoever debugs the client.
 *
 * <p>The status tells the client what to do: 4xx — the request was wrong, do not repeat it as is; 503 with
 * {@code Retry-After} — our database or Redis is briefly unreachable ({@link InfrastructureFailures}), or an outside
 * service is, try again; 500 — a defect of ours, logged with its stack.
 */
@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    private static final String TYPE_MISMATCH_MESSAGE = "请求参数格式不正确";
    private static final String UNKNOWN_FIELD_MESSAGE = "请求中包含无法识别的内容";

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
                .map(err -> err instanceof FieldError fe && fe.isBindingFailure()
                        ? TYPE_MISMATCH_MESSAGE
                        : err.getDefaultMessage())
                .distinct()
                .collect(Collectors.joining("；"));
        return respond(CommonErrorCode.VALIDATION_FAILED, msg);
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
            if (t instanceof BizException refused) {
                // a check inside JSON reading said no (e.g. a lone surrogate in a string): its code and message stand
                return biz(refused);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                log.info("refused unknown property {}", unknown.getPropertyName());
                return respond(CommonErrorCode.UNKNOWN_FIELD, UNKNOWN_FIELD_MESSAGE);
            }
            if (t instanceof MismatchedInputException || t instanceof ValueInstantiationException) {
                log.info("refused a value of the wrong form at {}", path((JacksonException) t));
                return respond(CommonErrorCode.TYPE_MISMATCH, TYPE_MISMATCH_MESSAGE);
            }
        }
        return respond(CommonErrorCode.MALFORMED_BODY, CommonErrorCode.MALFORMED_BODY.message());
    }

    /** The JSON path of a mapping failure ({@code items.[0].copyId}), for the log only. */
    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiResponse<Void>> typeMismatch(MethodArgumentTypeMismatchException e) {
        log.info("refused parameter {} of the wrong form", e.getName());
        return respond(CommonErrorCode.TYPE_MISMATCH, TYPE_MISMATCH_MESSAGE);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiResponse<Void>> missingParam(MissingServletRequestParameterException e) {
        log.info("refused: missing parameter {}", e.getParameterName());
        return respond(CommonErrorCode.MISSING_PARAMETER, CommonErrorCode.MISSING_PARAMETER.message());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiResponse<Void>> missingPart(MissingServletRequestPartException e) {
        return respond(CommonErrorCode.MISSING_PARAMETER, "缺少上传的文件");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiResponse<Void>> missingHeader(MissingRequestHeaderException e) {
        log.info("refused: missing header {}", e.getHeaderName());
        return respond(CommonErrorCode.MISSING_PARAMETER, "缺少必要的请求头");
    }

    /** The other ways a request fails to bind (a required cookie, a parameter condition of the mapping). */
    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ApiResponse<Void>> binding(ServletRequestBindingException e) {
        log.info("refused: {}", e.getMessage());
        return respond(CommonErrorCode.BAD_REQUEST, CommonErrorCode.BAD_REQUEST.message());
    }

    /** A query string or form with a broken %-escape ({@code ?q=%ZZ}): Tomcat refuses to decode it. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiResponse<Void>> undecodableParameter(InvalidParameterException e) {
        return respond(CommonErrorCode.MALFORMED_QUERY, CommonErrorCode.MALFORMED_QUERY.message());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiResponse<Void>> tooLarge(MaxUploadSizeExceededException e) {
        return respond(CommonErrorCode.PAYLOAD_TOO_LARGE, CommonErrorCode.PAYLOAD_TOO_LARGE.message());
    }

    /** Multipart that cannot be parsed (no boundary, truncated): the client's fault, not ours. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiResponse<Void>> badMultipart(MultipartException e) {
        log.info("refused multipart: {}", e.getMostSpecificCause().getMessage());
        return respond(CommonErrorCode.MALFORMED_UPLOAD, CommonErrorCode.MALFORMED_UPLOAD.message());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiResponse<Void>> noResource(NoResourceFoundException e) {
        return respond(CommonErrorCode.NOT_FOUND, CommonErrorCode.NOT_FOUND.message());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiResponse<Void>> method(HttpRequestMethodNotSupportedException e) {
        return respond(CommonErrorCode.METHOD_NOT_ALLOWED, CommonErrorCode.METHOD_NOT_ALLOWED.message());
    }

    /** Asked for a representation we do not have ({@code Accept: application/xml}): 406, answered in JSON anyway. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiResponse<Void>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(CommonErrorCode.NOT_ACCEPTABLE, CommonErrorCode.NOT_ACCEPTABLE.message());
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
    ResponseEntity<ApiResponse<Void>> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse answer && answer.getStatusCode().is4xxClientError()) {
            // one of Spring's own refusals not listed above: keep its 4xx, say it in the common words for that status
            log.info("refused: {}", e.getMessage());
            ErrorCode code = HttpStatusErrors.forStatus(answer.getStatusCode().value());
            return respond(code, code.message());
        }
        if (InfrastructureFailures.isOutage(e)) {
            // the database or Redis is not there: "try again" to the client, one line (no stack) to the log
            log.warn("{} {} answered 503, infrastructure unavailable: {}", request.getMethod(), request.getRequestURI(),
                    InfrastructureFailures.describe(e));
            return respond(CommonErrorCode.SERVICE_UNAVAILABLE, CommonErrorCode.SERVICE_UNAVAILABLE.message());
        }
        log.error("unexpected error", e);
        return respond(CommonErrorCode.INTERNAL, CommonErrorCode.INTERNAL.message());
    }

    /**
     * The content type is set, not negotiated: a client that accepts only XML or HTML still gets the JSON envelope
     * (negotiating would fail a second time and leave Spring to answer with an empty body or an HTML page). Every 503
     * says when to try again ({@code Retry-After}, seconds).
     */
    private static ResponseEntity<ApiResponse<Void>> respond(ErrorCode code, String msg) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_JSON);
        if (code.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(InfrastructureFailures.RETRY_AFTER_SECONDS));
        }
        return answer.body(ApiResponse.error(code.code(), msg));
    }
}
