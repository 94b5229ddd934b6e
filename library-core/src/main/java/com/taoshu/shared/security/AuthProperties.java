package com.taoshu.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token lifetimes and login throttling. {@code loginIpPerMinute} attempts per client address within any
 * {@code loginIpWindow} (a sliding window, one minute unless a test shortens it); {@code loginMaxFailures} wrong
 * passwords in a row lock the account for {@code loginLock}.
 */
@ConfigurationProperties("taoshu.auth")
public record AuthProperties(
        Duration readerTokenTtl,
        Duration staffTokenTtl,
        int loginMaxFailures,
        Duration loginLock,
        int loginIpPerMinute,
        Duration loginIpWindow) {

    public AuthProperties {
        readerTokenTtl = readerTokenTtl == null ? Duration.ofDays(7) : readerTokenTtl;
        staffTokenTtl = staffTokenTtl == null ? Duration.ofHours(12) : staffTokenTtl;
        loginMaxFailures = loginMaxFailures <= 0 ? 5 : loginMaxFailures;
        loginLock = loginLock == null ? Duration.ofMinutes(15) : loginLock;
        loginIpPerMinute = loginIpPerMinute <= 0 ? 30 : loginIpPerMinute;
        loginIpWindow = loginIpWindow == null || loginIpWindow.isNegative() || loginIpWindow.isZero()
                ? Duration.ofMinutes(1) : loginIpWindow;
    }
}
