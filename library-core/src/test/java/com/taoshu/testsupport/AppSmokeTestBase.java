package com.taoshu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.security.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Each app's real context starts on a real port: health for anyone (details for an ADMIN only), metrics for an ADMIN or
 * the scraper's token only, API docs served (outside the prod profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "taoshu.auth.session.metrics-token=" + AppSmokeTestBase.METRICS_TOKEN)
@Import(CleanDatabaseMigration.class)
public abstract class AppSmokeTestBase {

    static final String METRICS_TOKEN = "scraper-token-for-tests-0123456789";

    @LocalServerPort
    protected int port;

    @Autowired
    private TokenStore tokens;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    protected HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpForAnyoneAndDetailedForAnAdminOnly() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("components", "mariadb", "MariaDB", "redis", "diskSpace");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        String reader = tokens.issue(new Principal.Reader(new ReaderId(1L)));
        assertThat(get("/actuator/health", reader).body()).doesNotContain("components");

        String admin = tokens.issue(new Principal.Staff(new StaffPrincipal(1L, Role.ADMIN, null, "smoke")));
        HttpResponse<String> detailed = get("/actuator/health", admin);
        assertThat((String) JsonPath.read(detailed.body(), "$.components.db.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(detailed.body(), "$.components.redis.status")).isEqualTo("UP");
    }

    @Test
    void metricsOnlyForAnAdminOrTheScraperToken() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat((Integer) JsonPath.read(anonymous.body(), "$.code")).isEqualTo(10101);
        String librarian = tokens.issue(new Principal.Staff(new StaffPrincipal(2L, Role.LIBRARIAN, 1L, "smoke")));
        assertThat(get("/actuator/prometheus", librarian).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "not-the-scraper-token").statusCode()).isEqualTo(401);

        HttpResponse<String> scraped = get("/actuator/prometheus", METRICS_TOKEN);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        // the scraper's token opens nothing else
        assertThat(get("/actuator/health", METRICS_TOKEN).body()).doesNotContain("components");
        assertThat(get("/api/admin/auth/me", METRICS_TOKEN).statusCode()).isIn(401, 403);
    }

    @Test
    void servesOpenApiAndSecurityHeaders() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        for (String path : expectedApiPaths()) {
            assertThat(docs.body()).as("OpenAPI lists " + path).contains("\"" + path + "\"");
        }
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
        for (HttpResponse<String> any : java.util.List.of(docs, get("/actuator/health"), get("/api/admin/auth/me"))) {
            assertThat(any.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(any.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(any.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        }
    }

    /** Paths this app's OpenAPI document must list. */
    protected abstract String[] expectedApiPaths();
}
