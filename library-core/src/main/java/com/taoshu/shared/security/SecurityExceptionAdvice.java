package com.taoshu.shared.security;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.error.CommonErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of method security ({@code @PreAuthorize} on a handler) reach Spring MVC: the same envelopes as the filter chain. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityExceptionAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiResponse<Void>> denied(AccessDeniedException e) {
        if (CurrentPrincipal.get().isEmpty()) {
            return respond(CommonErrorCode.UNAUTHORIZED, CommonErrorCode.UNAUTHORIZED.message());
        }
        return respond(CommonErrorCode.FORBIDDEN, SecurityErrors.forbiddenMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ApiResponse<Void>> unauthenticated(AuthenticationException e) {
        return respond(CommonErrorCode.UNAUTHORIZED, CommonErrorCode.UNAUTHORIZED.message());
    }

    private static ResponseEntity<ApiResponse<Void>> respond(CommonErrorCode code, String msg) {
        return ResponseEntity.status(code.status()).body(ApiResponse.error(code.code(), msg));
    }
}
