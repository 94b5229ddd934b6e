package com.taoshu.shared.security;

import org.springframework.stereotype.Component;

/** Ends the session of the token the current request came with (nothing to do without one: logging out twice is fine). */
@Component
public class Logout {

    private final TokenStore tokens;

    public Logout(TokenStore tokens) {
        this.tokens = tokens;
    }

    public void currentSession() {
        CurrentPrincipal.session().ifPresent(tokens::revoke);
    }
}
