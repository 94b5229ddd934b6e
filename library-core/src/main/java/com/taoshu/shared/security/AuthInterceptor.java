package com.taoshu.shared.security;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.error.CommonErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may call what, decided by the API an endpoint belongs to:
 * {@code /api/app/**} readers, {@code /api/courier/**} couriers, {@code /api/admin/**} librarians and admins
 * (narrowed by {@link RequireRole}). Handlers marked {@link PublicApi} need no token (but get the principal if one is sent).
 */
@Component
public class AuthInterceptor implements HandlerInterceptor {

    public static final String PRINCIPAL_ATTRIBUTE = AuthInterceptor.class.getName() + ".principal";

    private final TokenStore tokens;

    public AuthInterceptor(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        String token = bearer(request);
        Optional<Principal> principal = token == null ? Optional.empty() : tokens.resolve(token);
        principal.ifPresent(p -> request.setAttribute(PRINCIPAL_ATTRIBUTE, p));
        if (isPublic(method)) {
            return true;
        }
        if (token == null) {
            throw CommonErrorCode.UNAUTHORIZED.exception();
        }
        Principal who = principal.orElseThrow(CommonErrorCode.TOKEN_INVALID::exception);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/app/")) {
            requireReader(who);
        } else if (path.startsWith("/api/courier/")) {
            requireStaff(who, method, Role.COURIER);
        } else if (path.startsWith("/api/admin/")) {
            requireStaff(who, method, Role.ADMIN, Role.LIBRARIAN);
        }
        return true;
    }

    private static void requireReader(Principal who) {
        if (!(who instanceof Principal.Reader)) {
            throw CommonErrorCode.FORBIDDEN.exception("该接口仅限读者使用");
        }
    }

    private static void requireStaff(Principal who, HandlerMethod method, Role... apiRoles) {
        if (!(who instanceof Principal.Staff staff)) {
            throw CommonErrorCode.FORBIDDEN.exception();
        }
        Role[] allowed = Optional.ofNullable(method.getMethodAnnotation(RequireRole.class))
                .or(() -> Optional.ofNullable(method.getBeanType().getAnnotation(RequireRole.class)))
                .map(RequireRole::value)
                .orElse(apiRoles);
        if (Arrays.stream(allowed).noneMatch(r -> r == staff.staff().role())
                || Arrays.stream(apiRoles).noneMatch(r -> r == staff.staff().role())) {
            throw new BizException(CommonErrorCode.FORBIDDEN, "当前角色（" + staff.staff().role().label() + "）无权执行此操作");
        }
    }

    private static boolean isPublic(HandlerMethod method) {
        return method.hasMethodAnnotation(PublicApi.class) || method.getBeanType().isAnnotationPresent(PublicApi.class);
    }

    static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    public static Optional<Principal> principalOf(HttpServletRequest request) {
        return Optional.ofNullable((Principal) request.getAttribute(PRINCIPAL_ATTRIBUTE));
    }
}
