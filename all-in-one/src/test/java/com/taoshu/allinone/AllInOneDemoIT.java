package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.testsupport.AppSmokeTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The all-in-one app as the README's first command runs it: demo profile, all three APIs on one port. */
@ActiveProfiles("demo")
class AllInOneDemoIT extends AppSmokeTestBase {

    @org.springframework.test.context.DynamicPropertySource
    static void demoSchema(org.springframework.test.context.DynamicPropertyRegistry registry) {
        com.taoshu.testsupport.DemoSchema.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String[] expectedApiPaths() {
        return new String[] {"/api/app/auth/wx-login", "/api/courier/auth/login", "/api/admin/auth/login"};
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void demoDataIsSeeded() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM branch", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book", Integer.class)).isGreaterThanOrEqualTo(190);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT category_id) FROM book", Integer.class)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE status = 'AVAILABLE'", Integer.class)).isGreaterThan(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff WHERE role = 'LIBRARIAN'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM courier", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader WHERE openid LIKE 'demo-openid-%'", Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT card_type) FROM reader", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_slot_template", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader WHERE phone_cipher LIKE 'v2:%'", Integer.class)).isEqualTo(30);
    }

    @Test
    void demoAccountsFromTheReadmeLogIn() throws Exception {
        HttpResponse<String> admin = post("/api/admin/auth/login", "{\"username\":\"admin\",\"password\":\"admin123\"}");
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(admin.body(), "$.data.staff.role")).isEqualTo("ADMIN");

        HttpResponse<String> librarian = post("/api/admin/auth/login", "{\"username\":\"librarian1\",\"password\":\"lib12345\"}");
        assertThat(librarian.statusCode()).isEqualTo(200);

        HttpResponse<String> courier = post("/api/courier/auth/login", "{\"phone\":\"13900000001\",\"password\":\"courier123\"}");
        assertThat(courier.statusCode()).isEqualTo(200);

        HttpResponse<String> reader = post("/api/app/auth/wx-login", "{\"code\":\"demo-reader01\"}");
        assertThat(reader.statusCode()).as(reader.body()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(reader.body(), "$.data.firstLogin")).isFalse();
        assertThat((String) JsonPath.read(reader.body(), "$.data.reader.name")).isEqualTo("王秀英");
    }
}
