package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.demo.DemoTodayRoute;
import com.taoshu.testsupport.CleanDatabaseMigration;
import com.taoshu.testsupport.MutableClock;
import com.taoshu.testsupport.MutableClockConfig;
import com.taoshu.testsupport.OwnSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** README command 1 is enough for the courier demo: 李师傅 (13900000001) starts with a planned route of 3 stops today. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({CleanDatabaseMigration.class, MutableClockConfig.class})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoTodayRouteIT {

    @DynamicPropertySource
    static void ownDemoSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, "_demo_route");
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoTodayRoute demoRoute;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String todayRoutes() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/courier/auth/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"13900000001\",\"password\":\"courier123\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = JsonPath.read(login.body(), "$.data.token");
        HttpResponse<String> today = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/courier/routes/today"))
                .header("Authorization", "Bearer " + token).GET());
        assertThat(today.statusCode()).as(today.body()).isEqualTo(200);
        return today.body();
    }

    private String assertOnePlannedRouteOfThreeDeliveries(int ordersSoFar) throws Exception {
        String body = todayRoutes();
        List<Object> routes = JsonPath.read(body, "$.data");
        assertThat(routes).as(body).hasSize(1);
        assertThat((String) JsonPath.read(body, "$.data[0].status")).isEqualTo("PLANNED");
        List<Object> stops = JsonPath.read(body, "$.data[0].stops");
        assertThat(stops).as(body).hasSize(3);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM borrow_order o JOIN reader r ON r.id = o.reader_id
                WHERE r.openid IN ('demo-openid-reader10', 'demo-openid-reader20', 'demo-openid-reader30')
                  AND o.fulfilment = 'DELIVERY' AND o.status = 'DISPATCHED'""", Integer.class)).isEqualTo(ordersSoFar);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_address", Integer.class)).isEqualTo(ordersSoFar);
        return body;
    }

    @Test
    @Order(1)
    void courierHasOnePlannedRouteTodayAndARestartAddsNoOther() throws Exception {
        // the app started at the real time: after ~21:40 in Changsha the demo plans tomorrow's first slot, so the
        // courier's "today" is read on the day the startup planned
        LocalDate planned = jdbc.queryForObject("SELECT MIN(s.slot_date) FROM delivery_route r "
                + "JOIN delivery_slot s ON s.id = r.slot_id", LocalDate.class);
        assertThat(planned).as("the startup planned a route").isNotNull();
        try {
            if (!planned.equals(LocalDate.now(clock))) {
                clock.set(planned.atTime(9, 0).atZone(clock.getZone()).toInstant());
            }
            assertOnePlannedRouteOfThreeDeliveries(3);

            demoRoute.run(null); // what the next start of the demo does

            assertOnePlannedRouteOfThreeDeliveries(3);
        } finally {
            clock.reset();
        }
    }

    @Test
    @Order(2)
    void anEveningStartGetsADemoSlotOfTheSameDay() throws Exception {
        try {
            // the day after tomorrow (the startup's route may be tomorrow's), 20:10 in Changsha: the demo's 10–12
            // and 15–17 slots are closed for booking
            LocalDate day = LocalDate.now(clock).plusDays(2);
            clock.set(day.atTime(20, 10).atZone(clock.getZone()).toInstant());
            demoRoute.run(null);
            demoRoute.run(null);

            String body = assertOnePlannedRouteOfThreeDeliveries(6);
            assertThat((String) JsonPath.read(body, "$.data[0].date")).isEqualTo(day.toString());
            assertThat(LocalTime.parse(JsonPath.read(body, "$.data[0].slotStart"))).isEqualTo(LocalTime.of(22, 0));
            assertThat(LocalTime.parse(JsonPath.read(body, "$.data[0].slotEnd"))).isEqualTo(LocalTime.of(23, 59));
        } finally {
            clock.reset();
        }
    }
}
