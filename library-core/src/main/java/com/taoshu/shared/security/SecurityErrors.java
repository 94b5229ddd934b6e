package com.taoshu.shared.security;

import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.web.ErrorEnvelopes;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The envelopes the security filter chain answers with: 400 for a refused request, 401, 403. */
final class SecurityErrors {

    private static final Logger log = LoggerFactory.getLogger(SecurityErrors.class);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private SecurityErrors() {
    }

    /**
     * No token, or one that is no longer valid — or one Redis could not be asked about: then 503 with
     * {@code Retry-After}, since the token may be fine and logging in again would not help.
     */
    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> ErrorEnvelopes.write(response,
                request.getAttribute(BearerTokenFilter.SESSION_STORE_UNAVAILABLE) != null
                        ? CommonErrorCode.SERVICE_UNAVAILABLE
                        : request.getAttribute(BearerTokenFilter.INVALID_TOKEN) != null
                                ? CommonErrorCode.TOKEN_INVALID : CommonErrorCode.UNAUTHORIZED);
    }

    /** Authenticated, but this API or operation is not for this role. */
    static AccessDeniedHandler denied() {
        return (request, response, e) -> ErrorEnvelopes.write(response, CommonErrorCode.FORBIDDEN, forbiddenMessage());
    }

    static String forbiddenMessage() {
        return CurrentPrincipal.get().orElse(null) instanceof Principal.Staff s
                ? "当前角色（" + s.staff().role().label() + "）无权执行此操作"
                : CommonErrorCode.FORBIDDEN.message();
    }

    /**
     * A request the firewall refuses before anything else runs: a method we do not serve, or a path spelled so that
     * different readers of it could disagree ({@code ;params}, encoded {@code / \ . %} or letters, {@code //}, NUL).
     */
    static RequestRejectedHandler rejected() {
        return (request, response, e) -> {
            log.info("request refused by the firewall: {} ({})", e.getMessage(), request.getMethod());
            SecurityHeaders.writeTo(response);
            if (!METHODS.contains(request.getMethod())) {
                ErrorEnvelopes.write(response, CommonErrorCode.METHOD_NOT_ALLOWED, "不支持该请求方式");
            } else {
                ErrorEnvelopes.write(response, CommonErrorCode.REQUEST_REJECTED);
            }
        };
    }

}
