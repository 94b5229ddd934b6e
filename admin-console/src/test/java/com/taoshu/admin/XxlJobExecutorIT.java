package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.notify.NoticeDraft;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeOutbox;
import com.taoshu.notify.NotifyIntegrationTestBase;
import com.taoshu.reader.Reader;
import com.taoshu.testsupport.FakeHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * This test is the xxl-job admin: the executor starts on a free port and registers with a fake admin; the test
 * triggers handlers over the executor's /run (with the access token) and sees the effect in the database, on the
 * fake WeChat and in the callback the executor reports back to the admin.
 */
class XxlJobExecutorIT extends NotifyIntegrationTestBase {

    static final String ACCESS_TOKEN = "xxl-test-token";
    static final FakeHttpServer ADMIN = new FakeHttpServer();
    static final int EXECUTOR_PORT = freePort();

    static {
        for (String path : new String[] {"/api/registry", "/api/registryRemove", "/api/callback"}) {
            ADMIN.on(path, r -> FakeHttpServer.Response.json("{\"code\":200,\"msg\":null}"));
        }
    }

    @DynamicPropertySource
    static void xxlJob(DynamicPropertyRegistry registry) {
        registry.add("xxl.job.admin.addresses", ADMIN::baseUrl);
        registry.add("xxl.job.accessToken", () -> ACCESS_TOKEN);
        registry.add("xxl.job.executor.port", () -> EXECUTOR_PORT);
        registry.add("xxl.job.executor.ip", () -> "127.0.0.1");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    NoticeOutbox outbox;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> trigger(String token, String handler, long logId, int index, int total) throws Exception {
        String body = JSON.writeValueAsString(Map.of("jobId", 1, "executorHandler", handler, "glueType", "BEAN",
                "executorBlockStrategy", "SERIAL_EXECUTION", "broadcastIndex", index, "broadcastTotal", total,
                "logId", logId, "logDateTime", System.currentTimeMillis()));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + EXECUTOR_PORT + "/run"))
                .header("XXL-JOB-ACCESS-TOKEN", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A reader with one consent for TPL_REJECTED and one queued ORDER_REJECTED notice: a kind that stays true however
     * its order changes, so a made-up order id is enough (a pickup notice would be skipped for want of its order).
     */
    private Reader readerWithQueuedNotice(long subjectId) {
        Reader reader = createReader("读者" + subjectId, null);
        jdbc.update("INSERT INTO subscription_consent (reader_id, template_id, remaining, created_at, updated_at) VALUES (?, 'TPL_REJECTED', 1, NOW(3), NOW(3))",
                reader.getId());
        assertThat(outbox.enqueue(new NoticeDraft(reader.getId(), NoticeKind.ORDER_REJECTED, subjectId, "2025-03-01",
                Map.of("titles", "呐喊", "reason", "暂无可借副本")))).isTrue();
        return reader;
    }

    private String status(Reader reader) {
        return jdbc.queryForObject("SELECT status FROM notice WHERE reader_id = ?", String.class, reader.getId());
    }

    private boolean callbackReported(long logId, int handleCode) {
        return ADMIN.requests("/api/callback").stream().anyMatch(r -> {
            var codes = JsonPath.<java.util.List<Integer>>read(r.body(), "$[?(@.logId == " + logId + ")].handleCode");
            return codes.contains(handleCode);
        });
    }

    @Test
    void theAdminTriggersOutboxSendJobOverRunAndTheNoticeIsSent() throws Exception {
        Reader reader = readerWithQueuedNotice(700_001);
        long logId = 9_001;

        HttpResponse<String> answer = trigger(ACCESS_TOKEN, "outboxSendJob", logId, 0, 1);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(answer.body(), "$.code")).as(answer.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(reader)));
        assertThat(SUBSCRIBE.sendsTo(reader.getOpenid())).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> callbackReported(logId, 200));
        assertThat(ADMIN.requests("/api/registry")).as("the executor registered itself").isNotEmpty();
        assertThat(ADMIN.requests("/api/registry").getFirst().body()).contains("taoshu-admin-executor");
    }

    @Test
    void aWrongAccessTokenIsRefusedAndNothingRuns() throws Exception {
        Reader reader = readerWithQueuedNotice(700_002);
        HttpResponse<String> answer = trigger("wrong-token", "outboxSendJob", 9_002, 0, 1);
        assertThat((Integer) JsonPath.read(answer.body(), "$.code")).as(answer.body()).isEqualTo(500);
        assertThat(status(reader)).isEqualTo("PENDING");
        assertThat(SUBSCRIBE.sendsTo(reader.getOpenid())).isEmpty();
    }

    @Test
    void underShardingBroadcastEachInstanceSendsOnlyItsReaders() throws Exception {
        Reader first = readerWithQueuedNotice(700_003);
        Reader second = readerWithQueuedNotice(700_004);
        Reader odd = first.getId() % 2 == 1 ? first : second;
        Reader even = odd == first ? second : first;

        assertThat((Integer) JsonPath.read(trigger(ACCESS_TOKEN, "outboxSendJob", 9_003, 1, 2).body(), "$.code")).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> callbackReported(9_003, 200));
        assertThat(status(odd)).isEqualTo("SENT");
        assertThat(status(even)).isEqualTo("PENDING");

        trigger(ACCESS_TOKEN, "outboxSendJob", 9_004, 0, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(even)));
    }

    @Test
    void everyScheduledJobIsRegisteredAndAFailureIsReportedToTheAdmin() throws Exception {
        for (String handler : jobs.names()) {
            assertThat(com.xxl.job.core.executor.XxlJobExecutor.loadJobHandler(handler)).as(handler).isNotNull();
        }
        assertThat(jobs.names()).contains("outboxSendJob", "dueReminderJob", "overdueReminderJob", "pickupDeadlineReminderJob",
                "pickupExpiryJob");
        HttpResponse<String> unknown = trigger(ACCESS_TOKEN, "noSuchJob", 9_005, 0, 1);
        assertThat((Integer) JsonPath.read(unknown.body(), "$.code")).isEqualTo(500);

        Reader broken = readerWithQueuedNotice(700_006);
        jdbc.update("UPDATE notice SET payload = 'not json' WHERE reader_id = ?", broken.getId());
        trigger(ACCESS_TOKEN, "outboxSendJob", 9_006, 0, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> callbackReported(9_006, 500));
        assertThat(SUBSCRIBE.sendsTo(broken.getOpenid())).isEmpty();
        jdbc.update("UPDATE notice SET status = 'SKIPPED' WHERE reader_id = ?", broken.getId());
    }
}
