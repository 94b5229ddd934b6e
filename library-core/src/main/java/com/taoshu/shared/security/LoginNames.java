package com.taoshu.shared.security;

import java.util.Locale;

/**
 * Login names as they are stored, looked up, counted and locked: a username is one account whatever its letter case
 * (trimmed and lower-cased with {@link Locale#ROOT}, never the JVM's locale: Turkish would turn "I" into a dotless ı);
 * a courier's phone number is digits only, so trimming is all it needs.
 */
public final class LoginNames {

    private LoginNames() {
    }

    public static String username(String raw) {
        return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    public static String phone(String raw) {
        return raw == null ? null : raw.trim();
    }
}
