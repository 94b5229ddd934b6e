package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@link MapConfigIT} with an AMap JS key configured. */
@TestPropertySource(properties = {"taoshu.amap-js.key=js-key-123", "taoshu.amap-js.security-code=js-code-456"})
class MapConfigWithJsKeyIT extends MapConfigCases {

    @Test
    void bothAppsGetTheKeyAndTheCspAllowsOnlyAmap() throws Exception {
        String librarian = librarian();
        String courier = courier();
        for (var answer : new Answer[] {getJson("/api/admin/map-config", librarian), getJson("/api/courier/map-config", courier)}) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.<String>read("$.data.provider")).isEqualTo("AMAP");
            assertThat(answer.<String>read("$.data.key")).isEqualTo("js-key-123");
            assertThat(answer.<String>read("$.data.securityCode")).isEqualTo("js-code-456");
        }
        onlyForTheirOwnRoles(librarian, courier);
        String csp = page("/admin/").getHeader("Content-Security-Policy");
        assertThat(csp).isNotEqualTo(STRICT)
                .contains("script-src 'self' https://*.amap.com;")
                .contains("connect-src 'self' https://*.amap.com;")
                .contains("style-src 'self' 'unsafe-inline' https://*.amap.com;")
                .contains("worker-src 'self' blob:;")
                .contains("default-src 'self';").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .doesNotContain("'unsafe-eval'").doesNotContain(" * ").doesNotContain("http:");
        assertThat(page("/courier/").getHeader("Content-Security-Policy")).isEqualTo(csp);
    }
}
