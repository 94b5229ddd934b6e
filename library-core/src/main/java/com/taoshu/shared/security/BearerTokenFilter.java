package com.taoshu.shared.security;

import com.taoshu.shared.error.InfrastructureFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Plugs our opaque tokens into Spring Security: a valid {@code Authorization: Bearer …} becomes a
 * {@link TokenAuthentication}; no token or an unknown one leaves the request anonymous (public endpoints still work,
 * the others answer 401 — "login expired" when a token was sent). A metrics scraper may present the static
 * {@code TAOSHU_METRICS_TOKEN} instead, which grants {@code ROLE_METRICS} and nothing else; it is recognised without
 * asking Redis, so scraping goes on while Redis is down.
 *
 * <p>When Redis (the session store) cannot be reached, the token can be neither confirmed nor refused: the request goes
 * on anonymous, marked {@link #SESSION_STORE_UNAVAILABLE}. A public handler answers as for anyone (the catalog stays
 * readable); a protected one gets 503 with {@code Retry-After} from {@link SecurityErrors#unauthenticated()}, not 401 —
 * the token may well be valid, and a 401 would send the reader to log in again into the same outage.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    /** Request attribute set when a token was sent but is not (or no longer) valid. */
    static final String INVALID_TOKEN = BearerTokenFilter.class.getName() + ".invalid";

    /** Request attribute set when a token was sent but Redis could not be asked about it. */
    static final String SESSION_STORE_UNAVAILABLE = BearerTokenFilter.class.getName() + ".storeUnavailable";

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);

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
            if (isMetricsToken(token)) {
                authenticate(new MetricsAuthentication());
            } else {
                Optional<TokenStore.Resolved> session = resolve(token, request);
                if (session.isPresent()) {
                    authenticate(new TokenAuthentication(session.get()));
                } else if (request.getAttribute(SESSION_STORE_UNAVAILABLE) == null) {
                    request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The token's session; empty and {@link #SESSION_STORE_UNAVAILABLE} set when Redis cannot say. */
    private Optional<TokenStore.Resolved> resolve(String token, HttpServletRequest request) {
        try {
            return tokens.resolve(token);
        } catch (RuntimeException e) {
            if (!InfrastructureFailures.isOutage(e)) {
                throw e; // a defect: the error page maps it to 500 like any other
            }
            log.warn("{} {}: session store unavailable, request goes on anonymous: {}", request.getMethod(),
                    request.getRequestURI(), InfrastructureFailures.describe(e));
            request.setAttribute(SESSION_STORE_UNAVAILABLE, Boolean.TRUE);
            return Optional.empty();
        }
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
