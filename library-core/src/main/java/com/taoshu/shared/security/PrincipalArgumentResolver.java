package com.taoshu.shared.security;

import com.taoshu.shared.error.CommonErrorCode;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Fills controller parameters of type {@link ReaderId} and {@link StaffPrincipal} from the token the security filter
 * chain authenticated; a parameter of type {@code Optional<ReaderId>} is not supported on purpose — public handlers
 * that personalise read {@link CurrentPrincipal#get()}.
 */
public class PrincipalArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == ReaderId.class || type == StaffPrincipal.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        Principal principal = CurrentPrincipal.get().orElseThrow(CommonErrorCode.UNAUTHORIZED::exception);
        if (parameter.getParameterType() == ReaderId.class) {
            if (principal instanceof Principal.Reader reader) {
                return reader.id();
            }
        } else if (principal instanceof Principal.Staff staff) {
            return staff.staff();
        }
        throw CommonErrorCode.FORBIDDEN.exception();
    }
}
