package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import com.taoshu.testsupport.PrivateRedis;
import com.taoshu.testsupport.RawHttp;
import com.taoshu.testsupport.TcpProxy;
import com.taoshu.testsupport.TestSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #16: Redis or the database going away is a fast 503 "try again" (code 10503, {@code Retry-After}), not a 500
 * after seconds, and the catalog stays readable without Redis. This app has a Redis of its own ({@link PrivateRedis},
 * which the test kills and restarts) and reaches MariaDB through a {@link TcpProxy} the test cuts — the shared Redis
 * and MariaDB are never touched. One context for both (closed after the class: its Redis and database come and go).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class InfrastructureOutageIT extends ApiTestBase {

    /** What "fast" means here: the ~1 s the timeouts allow, plus room for a loaded test machine. */
    private static final Duration FAST = Duration.ofMillis(1500);

    private static final PrivateRedis REDIS = PrivateRedis.start();
    private static final TcpProxy DATABASE = TcpProxy.to("127.0.0.1", 3306);

    @DynamicPropertySource
    static void privateInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", REDIS::port);
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + DATABASE.port() + "/" + TestSchema.name()
                + "?createDatabaseIfNotExist=true");
        // no catalog catch-up reading the database behind the test's back while it holds or cuts connections
        registry.add("taoshu.search.catch-up-interval", () -> "1h");
    }

    @AfterAll
    static void stopPrivateInfrastructure() {
        REDIS.stop();
        DATABASE.close();
    }

    @LocalServerPort
    int port;

    @Test
    void withoutRedisTheCatalogStaysOpenAndSignedInCallsAreTold503Quickly(CapturedOutput output) throws Exception {
        long branch = createBranch(unique("B"));
        String title = "围城" + unique("");
        long book = createBook(title, branch, 1);
        Reader reader = createReader("钱读者", null);
        String readerToken = tokenFor(reader);
        String admin = signedInStaff(Role.ADMIN, null);
        assertThat(get("/api/app/me", readerToken).status()).isEqualTo(200);

        REDIS.stop();
        try {
            List<String> publicReads = List.of("/api/app/books", "/api/app/books?q=" + title.substring(0, 2),
                    "/api/app/books/" + book, "/api/app/categories", "/api/app/branches");
            for (String token : new String[] {null, readerToken}) {
                for (String path : publicReads) {
                    Timed answer = timed(() -> get(path, token));
                    assertThat(answer.response().status()).as(path + " " + answer.response().body()).isEqualTo(200);
                    assertThat(answer.took()).as(path).isLessThan(FAST);
                }
            }
            assertThat(get("/api/app/books/" + book, readerToken).body()).contains(title);

            // a signed-in call cannot be checked: 503 "try again", not 401 (the token may be fine)
            assertOutage(timed(() -> get("/api/app/me", readerToken)));
            assertOutage(timed(() -> get("/api/admin/branches", admin)));
            // logging in needs Redis as well (throttling, the new session)
            assertOutage(timed(() -> RawHttp.send(port, "POST", "/api/admin/auth/login",
                    Map.of("Content-Type", "application/json"), "{\"username\":\"nobody\",\"password\":\"secret-123\"}")));
            // no token: nothing to look up, the usual 401
            assertThat(get("/api/app/me", null).status()).isEqualTo(401);
        } finally {
            REDIS.startAgain();
        }

        assertThat(output.getOut()).contains("GET /api/app/me: session store unavailable, request goes on anonymous",
                "POST /api/admin/auth/login answered 503, infrastructure unavailable");
        assertThat(output.getOut()).doesNotContain("unexpected error");

        // the restarted Redis is empty: the old session is gone (401, log in again), and a new login works
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/app/me", readerToken).status() == 401);
        assertThat(JsonPath.<Integer>read(get("/api/app/me", readerToken).body(), "$.code")).isEqualTo(10102);
        String again = readerToken(unique("again"));
        assertThat(get("/api/app/me", again).status()).isEqualTo(200);
        assertThat(get("/api/admin/branches", signedInStaff(Role.ADMIN, null)).status()).isEqualTo(200);
    }

    @Test
    void aSubmitInFlightWhenTheDatabaseGoesIsTold503AndItsRetryOrdersOnce(CapturedOutput output) throws Exception {
        long branch = createBranch(unique("B"));
        long book = createBook("边城" + unique(""), branch, 2);
        Reader reader = createReader("沈读者", null);
        String token = tokenFor(reader);
        Answer added = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), token);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        int item = added.<List<Integer>>read("$.data.items[?(@.bookId == " + book + ")].id").getFirst();
        String key = unique("key-");
        String body = "{\"cartItemIds\":[" + item + "],\"fulfilment\":\"PICKUP\"}";

        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            try (Connection holder = DriverManager.getConnection(TestSchema.jdbcUrl(TestSchema.name()), "root", "")) {
                // hold the reader's row, so the submit stops inside its transaction, waiting on the database
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM reader WHERE id = ? FOR UPDATE")) {
                    lock.setLong(1, reader.getId());
                    lock.executeQuery().close();
                }
                Future<RawHttp.Response> submit = client.submit(() -> submit(token, key, body));
                await().atMost(Duration.ofSeconds(20)).until(() -> submitWaitsOnReaderLock(holder, reader.getId()));

                long cutAt = System.nanoTime();
                DATABASE.cut();
                RawHttp.Response inFlight = submit.get(10, TimeUnit.SECONDS);
                assertOutage(new Timed(inFlight, Duration.ofNanos(System.nanoTime() - cutAt)));
                holder.rollback();
            }
            // while it is gone, a new request cannot get a connection: 503 within the pool's wait, not after 30 s
            assertOutage(timed(() -> get("/api/app/books/" + book, null)));
            assertOutage(timed(() -> get("/api/app/me", token)));
        } finally {
            DATABASE.restore();
            client.shutdownNow();
        }
        assertThat(output.getOut()).contains("POST /api/app/orders answered 503, infrastructure unavailable",
                "GET /api/app/me answered 503, infrastructure unavailable").doesNotContain("unexpected error");

        // back: the reader's app retries with the same Idempotency-Key and gets exactly one order
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/app/books/" + book, null).status() == 200);
        RawHttp.Response retried = submit(token, key, body);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order WHERE reader_id = ?", Integer.class,
                reader.getId())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> availableCopies(book, branch) == 1);
    }

    /** The 503 envelope: code 10503, a Chinese message, {@code Retry-After} in seconds, answered fast. */
    private static void assertOutage(Timed answer) {
        RawHttp.Response response = answer.response();
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(JsonPath.<Integer>read(response.body(), "$.code")).isEqualTo(10503);
        assertThat(JsonPath.<String>read(response.body(), "$.msg")).isEqualTo("服务暂时不可用，请稍后重试");
        assertThat(response.body()).doesNotContain("Exception", "Redis", "JDBC", "at com.", "at org.");
        assertThat(answer.took()).isLessThan(FAST);
    }

    private RawHttp.Response get(String path, String token) throws Exception {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return RawHttp.get(port, path, headers);
    }

    private RawHttp.Response submit(String token, String key, String body) throws Exception {
        return RawHttp.send(port, "POST", "/api/app/orders", Map.of("Authorization", "Bearer " + token,
                "Idempotency-Key", key, "Content-Type", "application/json"), body);
    }

    /** Whether this schema's submit for the reader is waiting on the row lock the test holds. */
    private static boolean submitWaitsOnReaderLock(Connection holder, long readerId) throws Exception {
        try (PreparedStatement query = holder.prepareStatement("""
                SELECT COUNT(*) FROM information_schema.INNODB_TRX t
                JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
                WHERE t.trx_state = 'LOCK WAIT' AND p.DB = ? AND t.trx_query LIKE ?""")) {
            query.setString(1, TestSchema.name());
            query.setString(2, "SELECT id FROM reader WHERE id = " + readerId + " FOR UPDATE%");
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        }
    }

    private record Timed(RawHttp.Response response, Duration took) {
    }

    private interface Call {
        RawHttp.Response run() throws Exception;
    }

    private static Timed timed(Call call) throws Exception {
        long start = System.nanoTime();
        RawHttp.Response response = call.run();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }
}
