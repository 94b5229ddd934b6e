package com.taoshu.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a session may live at most from its login, however often it is used (the idle TTLs are in
 * {@link AuthProperties}), and the optional static token a metrics scraper presents for {@code /actuator/prometheus}.
 */
@ConfigurationProperties("taoshu.auth.session")
public record SessionProperties(Duration readerMaxLifetime, Duration staffMaxLifetime, String metricsToken) {

    public SessionProperties {
        readerMaxLifetime = readerMaxLifetime == null ? Duration.ofDays(30) : readerMaxLifetime;
        staffMaxLifetime = staffMaxLifetime == null ? Duration.ofHours(24) : staffMaxLifetime;
        metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken;
    }
}
