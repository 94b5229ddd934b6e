package com.taoshu.shared.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A bearer token resolved by {@link TokenStore}, as Spring Security's authentication: the principal is ours
 * ({@link Principal}), the authority is the role ({@code ROLE_READER}, {@code ROLE_ADMIN}, {@code ROLE_LIBRARIAN},
 * {@code ROLE_COURIER}); the token itself is never kept, only the hash that names its session.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    public static final String READER = "READER";

    private final transient TokenStore.Resolved session;

    public TokenAuthentication(TokenStore.Resolved session) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + roleOf(session.principal()))));
        this.session = session;
        setAuthenticated(true);
    }

    static String roleOf(Principal principal) {
        return switch (principal) {
            case Principal.Reader r -> READER;
            case Principal.Staff s -> s.staff().role().name();
        };
    }

    @Override
    public Principal getPrincipal() {
        return session.principal();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    public TokenStore.Resolved session() {
        return session;
    }
}
