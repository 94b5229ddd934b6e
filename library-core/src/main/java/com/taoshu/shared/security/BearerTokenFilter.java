package com.taoshu.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Plugs our opaque tokens into Spring Security: a valid {@code Authorization: Bearer …} becomes a
 * {@link TokenAuthentication}; no token or an unknown one leaves the request anonymous (public endpoints still work,
 * the others answer 401 — "login expired" when a token was sent). A metrics scraper may present the static
 * {@code TAOSHU_METRICS_TOKEN} instead, which grants {@code ROLE_METRICS} and nothing else.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    /** Request attribute set when a token was sent but is not (or no longer) valid. */
    static final String INVALID_TOKEN = BearerTokenFilter.class.getName() + ".invalid";

    private final TokenStore tokens;
    private final SessionProperties sessions;

    BearerTokenFilter(TokenStore tokens, SessionProperties sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = bearer(request);
        if (token != null) {
            Optional<TokenStore.Resolved> session = tokens.resolve(token);
            if (session.isPresent()) {
                authenticate(new TokenAuthentication(session.get()));
            } else if (isMetricsToken(token)) {
                authenticate(new MetricsAuthentication());
            } else {
                request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }

    private static void authenticate(AbstractAuthenticationToken authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    private boolean isMetricsToken(String token) {
        return sessions.metricsToken() != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sessions.metricsToken().getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    /** The metrics scraper: may read {@code /actuator/prometheus}, nothing else. */
    private static final class MetricsAuthentication extends AbstractAuthenticationToken {

        MetricsAuthentication() {
            super(List.of(new SimpleGrantedAuthority("ROLE_METRICS")));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "metrics";
        }
    }
}
