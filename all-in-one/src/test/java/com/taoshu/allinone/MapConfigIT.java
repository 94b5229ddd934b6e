package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * Issues 17 §5 and 20: the base map's configuration for the admin UI and the couriers' app, and the CSP that goes
 * with it. No JS key: {@code NONE} and the strict policy unchanged. A key: {@code AMAP} with key and security code,
 * and exactly AMap's hosts added to the policy.
 */
@TestPropertySource(properties = {"taoshu.amap-js.key=", "taoshu.amap-js.security-code="})
class MapConfigIT extends MapConfigCases {

    @Test
    void bothAppsDrawTheSchematicAndTheCspStaysStrict() throws Exception {
        String librarian = librarian();
        String courier = courier();
        for (var answer : new Answer[] {getJson("/api/admin/map-config", librarian), getJson("/api/courier/map-config", courier)}) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.<String>read("$.data.provider")).isEqualTo("NONE");
            assertThat(answer.body()).doesNotContain("\"key\"").doesNotContain("securityCode");
        }
        onlyForTheirOwnRoles(librarian, courier);
        for (String path : new String[] {"/admin/", "/courier/", "/api/admin/map-config", "/actuator/health"}) {
            assertThat(page(path).getHeader("Content-Security-Policy")).as(path).isEqualTo(STRICT);
        }
    }
}

/** The admin UI's and the couriers' app's map endpoints and the CSP, whatever the JS key. */
abstract class MapConfigCases extends ApiTestBase {

    static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    String librarian() throws Exception {
        return signedInStaff(Role.LIBRARIAN, createBranch(unique("MC")));
    }

    String courier() throws Exception {
        var account = createCourier(createBranch(unique("MK")), null);
        return staffToken("/api/courier", Map.of("phone", account.getPhone(), "password", "courier-1"));
    }

    MockHttpServletResponse page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    void onlyForTheirOwnRoles(String librarian, String courier) throws Exception {
        assertThat(getJson("/api/admin/map-config", null).status()).isEqualTo(401);
        assertThat(getJson("/api/courier/map-config", null).status()).isEqualTo(401);
        assertThat(getJson("/api/admin/map-config", courier).status()).isEqualTo(403);
        assertThat(getJson("/api/courier/map-config", librarian).status()).isEqualTo(403);
    }
}
