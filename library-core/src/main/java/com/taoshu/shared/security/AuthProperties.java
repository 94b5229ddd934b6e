package com.taoshu.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("taoshu.auth")
public record AuthProperties(
        Duration readerTokenTtl,
        Duration staffTokenTtl,
        int loginMaxFailures,
        Duration loginLock,
        int loginIpPerMinute) {

    public AuthProperties {
        readerTokenTtl = readerTokenTtl == null ? Duration.ofDays(7) : readerTokenTtl;
        staffTokenTtl = staffTokenTtl == null ? Duration.ofHours(12) : staffTokenTtl;
        loginMaxFailures = loginMaxFailures <= 0 ? 5 : loginMaxFailures;
        loginLock = loginLock == null ? Duration.ofMinutes(15) : loginLock;
        loginIpPerMinute = loginIpPerMinute <= 0 ? 30 : loginIpPerMinute;
    }
}
