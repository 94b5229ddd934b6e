package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.notify.FakeSubscribeWeChat;
import com.taoshu.notify.FakeSubscribeWeChat.Errcode;
import com.taoshu.notify.FakeSubscribeWeChat.Hang;
import com.taoshu.notify.FakeSubscribeWeChat.HttpStatus;
import com.taoshu.notify.NoticeDraft;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeOutbox;
import com.taoshu.notify.NotifyIntegrationTestBase;
import com.taoshu.shared.security.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Event → outbox → WeChat subscribe message, with WeChat's answers scripted: the sending rules end to end. */
class NotificationOutboxIT extends NotifyIntegrationTestBase {

    @Autowired
    NoticeOutbox outbox;

    private Map<String, Object> only(TestReader reader, NoticeKind kind) {
        List<Map<String, Object>> rows = notices(reader, kind);
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void approvalQueuesOneNoticeAfterCommitAndTheJobSendsItOnce() throws Exception {
        TestReader reader = reader("ok");
        subscribe(reader, "TPL_PICKUP");
        assertThat(remaining(reader, "TPL_PICKUP")).isEqualTo(1);
        long orderId = approvedOrder(reader, "平凡的世界");

        Map<String, Object> queued = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(queued.get("status")).isEqualTo("PENDING");
        assertThat((String) queued.get("dedup_key")).startsWith(reader.id() + ":READY_FOR_PICKUP:ORDER:" + orderId + ":");
        assertThat(notices(reader, NoticeKind.ORDER_APPROVED)).as("pickup orders get one message, not two").isEmpty();

        assertThat(runJob("outboxSendJob")).contains("sent=1");
        assertThat(only(reader, NoticeKind.READY_FOR_PICKUP).get("status")).isEqualTo("SENT");
        List<com.taoshu.testsupport.FakeHttpServer.Request> sends = SUBSCRIBE.sendsTo(reader.openid());
        assertThat(sends).hasSize(1);
        assertThat(sends.getFirst().body()).contains("\"template_id\":\"TPL_PICKUP\"").contains("平凡的世界")
                .contains("测试分馆").contains("pages/order/detail?id=" + orderId);
        assertThat(remaining(reader, "TPL_PICKUP")).isZero();

        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(1);
        assertThat(jdbc.queryForList("SELECT outcome FROM notice_attempt WHERE notice_id = ?", String.class, queued.get("id")))
                .containsExactly("SENT");
    }

    @Test
    void withoutConsentTheNoticeIsSkippedAndWeChatNeverCalled() throws Exception {
        TestReader reader = reader("nocon");
        approvedOrder(reader, "围城");
        runJob("outboxSendJob");
        Map<String, Object> notice = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(notice.get("status")).isEqualTo("SKIPPED");
        assertThat((String) notice.get("last_error")).contains("未订阅");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).isEmpty();
    }

    @Test
    void errcode43101SkipsAndZeroesThatTemplatesConsent() throws Exception {
        TestReader reader = reader("refuse");
        subscribe(reader, "TPL_PICKUP", "TPL_REJECTED");
        subscribe(reader, "TPL_PICKUP");
        SUBSCRIBE.script(reader.openid(), new Errcode(43101, "user refuse to accept the msg"));
        approvedOrder(reader, "边城");
        runJob("outboxSendJob");

        Map<String, Object> notice = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(notice.get("status")).isEqualTo("SKIPPED");
        assertThat(notice.get("last_errcode")).isEqualTo(43101);
        assertThat(remaining(reader, "TPL_PICKUP")).isZero();
        assertThat(remaining(reader, "TPL_REJECTED")).isEqualTo(1);
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(1);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheSendRetriedOnce() throws Exception {
        TestReader reader = reader("token");
        subscribe(reader, "TPL_PICKUP");
        SUBSCRIBE.script(reader.openid(), new Errcode(40001, "invalid credential, access_token is invalid or not latest"),
                FakeSubscribeWeChat.OK);
        approvedOrder(reader, "茶馆");
        int tokensBefore = WECHAT.tokensIssued();
        runJob("outboxSendJob");

        assertThat(only(reader, NoticeKind.READY_FOR_PICKUP).get("status")).isEqualTo("SENT");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(2);
        assertThat(WECHAT.tokensIssued() - tokensBefore).isEqualTo(1);
    }

    @Test
    void serverErrorsBackOffExponentiallyThenFailAndALibrarianCanResend() throws Exception {
        TestReader reader = reader("http500");
        subscribe(reader, "TPL_PICKUP");
        SUBSCRIBE.script(reader.openid(), new HttpStatus(500), new HttpStatus(502), new HttpStatus(500));
        approvedOrder(reader, "骆驼祥子");

        runJob("outboxSendJob");
        Map<String, Object> first = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(first.get("status")).isEqualTo("PENDING");
        assertThat(first.get("attempts")).isEqualTo(1);
        assertThat(remaining(reader, "TPL_PICKUP")).as("consent given back: nothing reached the reader").isEqualTo(1);

        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).as("not before the backoff").hasSize(1);
        clock.advance(Duration.ofSeconds(61));
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(2);
        clock.advance(Duration.ofSeconds(61));
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).as("second backoff is 2 minutes").hasSize(2);
        clock.advance(Duration.ofSeconds(61));
        runJob("outboxSendJob");

        Map<String, Object> failed = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(3);
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(3);
        assertThat(jdbc.queryForList("SELECT outcome FROM notice_attempt WHERE notice_id = ? ORDER BY id", String.class,
                failed.get("id"))).containsExactly("RETRY", "RETRY", "FAILED");

        String adm = unique("nadm");
        createStaff(Role.ADMIN, adm, null, "secret-123", null);
        String admin = staffToken("/api/admin", Map.of("username", adm, "password", "secret-123"));
        Answer resent = postJson("/api/admin/notifications/" + failed.get("id") + "/resend", Map.of(), admin);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat((String) resent.read("$.data.status")).isEqualTo("PENDING");
        runJob("outboxSendJob");
        assertThat(only(reader, NoticeKind.READY_FOR_PICKUP).get("status")).isEqualTo("SENT");
        Answer again = postJson("/api/admin/notifications/" + failed.get("id") + "/resend", Map.of(), admin);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(60003);
    }

    @Test
    void aSendThatHangsPastTheTimeoutIsFailedNotRepeated() throws Exception {
        TestReader reader = reader("hang");
        subscribe(reader, "TPL_PICKUP");
        SUBSCRIBE.script(reader.openid(), new Hang(Duration.ofSeconds(3)));
        approvedOrder(reader, "活着");
        long start = System.nanoTime();
        runJob("outboxSendJob");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));

        Map<String, Object> notice = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(notice.get("status")).isEqualTo("FAILED");
        assertThat((String) notice.get("last_error")).contains("结果未知");
        assertThat(remaining(reader, "TPL_PICKUP")).as("it may have arrived: the consent stays spent").isZero();
        clock.advance(Duration.ofHours(2));
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(1);
    }

    @Test
    void aRunThatDiedBetweenSendAndStatusWriteIsNeverResentByItself() throws Exception {
        TestReader reader = reader("crash");
        subscribe(reader, "TPL_PICKUP");
        approvedOrder(reader, "四世同堂");
        long id = (Long) only(reader, NoticeKind.READY_FOR_PICKUP).get("id");
        // what a crash leaves: claimed (SENDING), consent taken, outcome never written
        jdbc.update("UPDATE notice SET status = 'SENDING', attempts = 1, claimed_at = ? WHERE id = ?",
                java.time.LocalDateTime.now(clock).minusMinutes(11), id);
        runJob("outboxSendJob");
        assertThat(only(reader, NoticeKind.READY_FOR_PICKUP).get("status")).isEqualTo("FAILED");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).isEmpty();
        assertThat(jdbc.queryForList("SELECT outcome FROM notice_attempt WHERE notice_id = ?", String.class, id))
                .containsExactly("ABANDONED");
    }

    @Test
    void rejectionCarriesTheReason() throws Exception {
        TestReader reader = reader("rej");
        subscribe(reader, "TPL_REJECTED");
        long orderId = submittedOrder(reader, "人生");
        assertThat(postJson("/api/admin/orders/" + orderId + "/reject", Map.of("reason", "读者信息待核实"), librarian).status())
                .isEqualTo(200);
        runJob("outboxSendJob");
        assertThat(only(reader, NoticeKind.ORDER_REJECTED).get("status")).isEqualTo("SENT");
        assertThat(SUBSCRIBE.sendsTo(reader.openid()).getFirst().body()).contains("读者信息待核实");
    }

    @Test
    void twoJobRunsAtOnceSendEachNoticeOnce() throws Exception {
        List<TestReader> readers = new ArrayList<>();
        List<NoticeDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TestReader reader = reader("race" + i);
            subscribe(reader, "TPL_PICKUP");
            readers.add(reader);
            drafts.add(new NoticeDraft(reader.id(), NoticeKind.READY_FOR_PICKUP, 900_000 + i, "2025-03-01",
                    Map.of("titles", "并发" + i)));
        }
        assertThat(outbox.enqueueAll(drafts)).isEqualTo(40);
        assertThat(outbox.enqueueAll(drafts)).as("re-enqueueing is a no-op").isZero();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> runs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            runs.add(pool.submit(() -> {
                start.await();
                return runJob("outboxSendJob");
            }));
        }
        start.countDown();
        for (Future<String> run : runs) {
            run.get();
        }
        pool.shutdown();

        for (TestReader reader : readers) {
            assertThat(SUBSCRIBE.sendsTo(reader.openid())).as(reader.openid()).hasSize(1);
            assertThat(only(reader, NoticeKind.READY_FOR_PICKUP).get("status")).isEqualTo("SENT");
        }
    }

    @Test
    void librariansSeeTheLogAndCountsAndReadersTheirConsent() throws Exception {
        TestReader reader = reader("log");
        subscribe(reader, "TPL_PICKUP");
        approvedOrder(reader, "朝花夕拾");
        runJob("outboxSendJob");

        Answer log = getJson("/api/admin/notifications?readerId=" + reader.id() + "&kind=READY_FOR_PICKUP&status=SENT", librarian);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat((Integer) log.read("$.data.total")).isEqualTo(1);
        assertThat((String) log.read("$.data.records[0].kindLabel")).isEqualTo("待取书");
        Answer stats = getJson("/api/admin/notifications/stats", librarian);
        assertThat((List<Integer>) stats.read("$.data[?(@.kind == 'READY_FOR_PICKUP' && @.status == 'SENT')].count"))
                .first().satisfies(n -> assertThat(n).isPositive());
        Answer detail = getJson("/api/admin/notifications/" + log.<Integer>read("$.data.records[0].id"), librarian);
        assertThat((List<String>) detail.read("$.data.attempts[*].outcome")).containsExactly("SENT");
        assertThat(getJson("/api/admin/notifications", reader.token()).status()).isEqualTo(403);

        Answer mine = getJson("/api/app/subscriptions", reader.token());
        assertThat((List<String>) mine.read("$.data[*].templateId")).contains("TPL_PICKUP", "TPL_DUE");
        Answer unknown = postJson("/api/app/subscriptions", Map.of("templateIds", List.of("NOPE")), reader.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo(60004);
        assertThat(postJson("/api/app/subscriptions", Map.of("templateIds", List.of()), reader.token()).status()).isEqualTo(400);
    }
}
