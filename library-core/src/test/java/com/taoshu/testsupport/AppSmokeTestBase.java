package com.taoshu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Each app's real context starts on a real port, with health (database + Redis), metrics and API docs served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabaseMigration.class)
public abstract class AppSmokeTestBase {

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthReportsDatabaseAndRedisUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(health.body(), "$.components.db.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(health.body(), "$.components.redis.status")).isEqualTo("UP");
    }

    @Test
    void servesPrometheusMetricsAndOpenApi() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");

        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        for (String path : expectedApiPaths()) {
            assertThat(docs.body()).as("OpenAPI lists " + path).contains("\"" + path + "\"");
        }
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    /** Paths this app's OpenAPI document must list. */
    protected abstract String[] expectedApiPaths();
}
