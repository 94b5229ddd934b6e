package com.taoshu.shared.error;

import org.springframework.http.HttpStatus;

/**
 * The error code for an HTTP error status that was decided before any of our code could say why (the servlet
 * container, Spring's own dispatching): the nearest common code, always answered with exactly that status.
 */
public final class HttpStatusErrors {

    private HttpStatusErrors() {
    }

    public static ErrorCode forStatus(int status) {
        ErrorCode nearest = switch (status) {
            case 400 -> CommonErrorCode.BAD_REQUEST;
            case 401 -> CommonErrorCode.UNAUTHORIZED;
            case 403 -> CommonErrorCode.FORBIDDEN;
            case 404 -> CommonErrorCode.NOT_FOUND;
            case 405 -> CommonErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> CommonErrorCode.NOT_ACCEPTABLE;
            case 409 -> CommonErrorCode.CONFLICT;
            case 413 -> CommonErrorCode.PAYLOAD_TOO_LARGE;
            case 414 -> CommonErrorCode.URI_TOO_LONG;
            case 415 -> CommonErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> CommonErrorCode.TOO_MANY_REQUESTS;
            case 431 -> CommonErrorCode.HEADERS_TOO_LARGE;
            case 503 -> CommonErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? CommonErrorCode.INTERNAL : CommonErrorCode.BAD_REQUEST;
        };
        HttpStatus exact = HttpStatus.resolve(status);
        return exact == null || nearest.status().value() == status ? nearest : new AtStatus(nearest, exact);
    }

    /** A common code answered with another status than its own (a rare status such as 408 or 501 has no code). */
    private record AtStatus(ErrorCode nearest, HttpStatus status) implements ErrorCode {

        @Override
        public int code() {
            return nearest.code();
        }

        @Override
        public String message() {
            return nearest.message();
        }
    }
}
