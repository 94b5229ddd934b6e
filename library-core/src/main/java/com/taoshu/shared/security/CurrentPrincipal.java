package com.taoshu.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current request is from, as the security filter chain authenticated it (empty: anonymous). */
public final class CurrentPrincipal {

    private CurrentPrincipal() {
    }

    public static Optional<Principal> get() {
        return session().map(TokenStore.Resolved::principal);
    }

    public static Optional<TokenStore.Resolved> session() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof TokenAuthentication token ? Optional.of(token.session()) : Optional.empty();
    }
}
