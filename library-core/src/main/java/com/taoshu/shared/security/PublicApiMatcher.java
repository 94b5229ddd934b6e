package com.taoshu.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches the requests whose handler, as Spring MVC itself chooses it, is marked {@link PublicApi}. The handler is
 * looked up with the same {@link RequestMappingHandlerMapping} the dispatcher uses, on the same request, so "public"
 * is decided on exactly the path, method and media types that pick the handler — never on a string comparison that
 * a {@code ;param}, an encoded letter or a second, more specific pattern could walk around. A request no handler
 * accepts (wrong method, media type …) matches too: nothing will run, and Spring MVC answers it with its own 4xx.
 */
final class PublicApiMatcher implements RequestMatcher {

    private final Supplier<RequestMappingHandlerMapping> mapping;

    PublicApiMatcher(Supplier<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HandlerExecutionChain chain;
        try {
            chain = mapping.get().getHandler(new LookupOnly(request));
        } catch (Exception noHandlerWillRun) {
            return true;
        }
        return chain != null && chain.getHandler() instanceof HandlerMethod method
                && (method.hasMethodAnnotation(PublicApi.class) || method.getBeanType().isAnnotationPresent(PublicApi.class));
    }

    @Override
    public String toString() {
        return "handler marked @PublicApi";
    }

    /** The request as the lookup sees it; the attributes the lookup sets stay here, the real request is untouched. */
    private static final class LookupOnly extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        LookupOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            removed.remove(name);
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
