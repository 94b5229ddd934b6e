package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.notify.FakeSubscribeWeChat;
import com.taoshu.notify.FakeSubscribeWeChat.Errcode;
import com.taoshu.notify.FakeSubscribeWeChat.Hang;
import com.taoshu.notify.FakeSubscribeWeChat.HttpStatus;
import com.taoshu.notify.NoticeDraft;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeOutbox;
import com.taoshu.notify.NoticeStatus;
import com.taoshu.notify.NotifyIntegrationTestBase;
import com.taoshu.shared.security.Role;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void serverErrorsBackOffExponentiallyAndTheNoticeIsSentWhenWeChatRecovers() throws Exception {
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
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(3);
        clock.advance(Duration.ofMinutes(3));
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).as("third backoff is 4 minutes").hasSize(3);
        clock.advance(Duration.ofSeconds(61));
        runJob("outboxSendJob");

        Map<String, Object> sent = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(4);
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(4);
        assertThat(outcomes(sent.get("id"))).containsExactly("RETRY", "RETRY", "RETRY", "SENT");
        assertThat(remaining(reader, "TPL_PICKUP")).isZero();
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

        // the librarian checked with the reader, who got nothing: resend by hand
        subscribe(reader, "TPL_PICKUP");
        String admin = signedInStaff(Role.ADMIN, null);
        Answer resent = postJson("/api/admin/notifications/" + notice.get("id") + "/resend", Map.of(), admin);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat((String) resent.read("$.data.status")).isEqualTo("PENDING");
        runJob("outboxSendJob");
        assertThat(only(reader, NoticeKind.READY_FOR_PICKUP).get("status")).isEqualTo("SENT");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(2);
        Answer again = postJson("/api/admin/notifications/" + notice.get("id") + "/resend", Map.of(), admin);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(60003);
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
            subscribe(reader, "TPL_REJECTED");
            readers.add(reader);
            drafts.add(new NoticeDraft(reader.id(), NoticeKind.ORDER_REJECTED, 900_000 + i, "2025-03-01",
                    Map.of("titles", "并发" + i)));
        }
        assertThat(outbox.enqueueAll(drafts)).isEqualTo(40);
        assertThat(outbox.enqueueAll(drafts)).as("re-enqueueing is a no-op").isZero();

        twoAtOnce(() -> runJob("outboxSendJob"));

        for (TestReader reader : readers) {
            assertThat(SUBSCRIBE.sendsTo(reader.openid())).as(reader.openid()).hasSize(1);
            assertThat(only(reader, NoticeKind.ORDER_REJECTED).get("status")).isEqualTo("SENT");
        }
    }

    /**
     * Issue #16: a notice put back to PENDING with a back-off was claimed again at once by the other instance (its
     * list of due ids was read before the put-back). Two senders at once, and senders working from such a stale
     * list, never send before the back-off: exactly one attempt per notice per back-off step.
     */
    @Test
    void twoSendersAtOnceNeverSendANoticeBeforeItsBackoff() throws Exception {
        List<TestReader> readers = new ArrayList<>();
        List<NoticeDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TestReader reader = reader("bo" + i);
            subscribe(reader, "TPL_REJECTED");
            SUBSCRIBE.script(reader.openid(), new HttpStatus(500), new HttpStatus(503));
            readers.add(reader);
            drafts.add(new NoticeDraft(reader.id(), NoticeKind.ORDER_REJECTED, 910_000 + i, "2025-03-01",
                    Map.of("titles", "退避" + i)));
        }
        assertThat(outbox.enqueueAll(drafts)).isEqualTo(12);
        List<Long> ids = readers.stream().map(r -> (Long) only(r, NoticeKind.ORDER_REJECTED).get("id")).toList();

        twoAtOnce(() -> runJob("outboxSendJob"));
        assertAttempts(readers, 1, "PENDING");
        LocalDateTime firstFailure = LocalDateTime.now(clock);
        for (TestReader reader : readers) {
            assertThat(nextAttemptAt(only(reader, NoticeKind.ORDER_REJECTED).get("id")))
                    .isEqualTo(firstFailure.plusMinutes(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }

        // another instance listed these ids as due before they were put back: its claims must all miss
        for (long id : ids) {
            List<NoticeStatus> results = twoAtOnce(() -> sender.sendOne(id));
            assertThat(results).as("notice %d claimed during its back-off", id).containsOnlyNulls();
        }
        twoAtOnce(() -> runJob("outboxSendJob"));
        assertAttempts(readers, 1, "PENDING");

        clock.advance(Duration.ofSeconds(61));
        twoAtOnce(() -> runJob("outboxSendJob"));
        assertAttempts(readers, 2, "PENDING");
        for (long id : ids) {
            assertThat(twoAtOnce(() -> sender.sendOne(id))).containsOnlyNulls();
        }
        clock.advance(Duration.ofSeconds(61));
        twoAtOnce(() -> runJob("outboxSendJob"));
        assertAttempts(readers, 2, "PENDING");

        clock.advance(Duration.ofSeconds(61));
        twoAtOnce(() -> runJob("outboxSendJob"));
        assertAttempts(readers, 3, "SENT");
        for (long id : ids) {
            assertThat(outcomes(id)).containsExactly("RETRY", "RETRY", "SENT");
        }
    }

    /**
     * A WeChat outage of 20 attempts (about 15 hours of back-off): the notice keeps retrying, never more than an hour
     * apart, shows its next attempt in the librarians' log, and is sent once WeChat answers again.
     */
    @Test
    void aLongWeChatOutageKeepsRetryingOnACappedBackoffAndSendsOnRecovery() throws Exception {
        TestReader reader = reader("outage");
        subscribe(reader, "TPL_PICKUP");
        FakeSubscribeWeChat.Answer[] outage = new FakeSubscribeWeChat.Answer[20];
        for (int i = 0; i < outage.length; i++) {
            outage[i] = i % 2 == 0 ? new HttpStatus(500) : new Errcode(45011, "api minute-quota reach limit");
        }
        SUBSCRIBE.script(reader.openid(), outage);
        approvedOrder(reader, "长安的荔枝");
        long id = (Long) only(reader, NoticeKind.READY_FOR_PICKUP).get("id");

        for (int attempt = 1; attempt <= 20; attempt++) {
            runJob("outboxSendJob");
            Map<String, Object> notice = only(reader, NoticeKind.READY_FOR_PICKUP);
            assertThat(notice.get("status")).as("after attempt %d", attempt).isEqualTo("PENDING");
            assertThat(notice.get("attempts")).isEqualTo(attempt);
            Duration wait = Duration.between(LocalDateTime.now(clock), nextAttemptAt(id));
            Duration expected = Duration.ofMinutes(Math.min(1L << Math.min(attempt - 1, 10), 60));
            assertThat(wait).as("back-off after attempt %d", attempt)
                    .isBetween(expected.minusMillis(1), expected);
            runJob("outboxSendJob");
            assertThat(SUBSCRIBE.sendsTo(reader.openid())).as("nothing before the back-off").hasSize(attempt);
            if (attempt == 20) {
                Answer log = getJson("/api/admin/notifications?readerId=" + reader.id(), librarian);
                assertThat((String) log.read("$.data.records[0].nextAttemptAt")).as("librarians see the next attempt")
                        .isNotNull();
            }
            clock.advance(wait.plusSeconds(1));
        }
        runJob("outboxSendJob");

        Map<String, Object> sent = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(21);
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(21);
        List<String> log = outcomes(id);
        assertThat(log).hasSize(21).endsWith("SENT");
        assertThat(log.subList(0, 20)).containsOnly("RETRY");
        assertThat(remaining(reader, "TPL_PICKUP")).as("one consent, spent once").isZero();
        Answer view = getJson("/api/admin/notifications?readerId=" + reader.id(), librarian);
        assertThat((Object) view.read("$.data.records[0].nextAttemptAt")).as("no next attempt once sent").isNull();
    }

    /** The outage outlasts the pickup deadline: the reminder is no longer true, so it ends SKIPPED, never sent late. */
    @Test
    void anOutageOutlastingThePickupDeadlineEndsSkippedNotSentLate() throws Exception {
        TestReader reader = reader("late");
        subscribe(reader, "TPL_PICKUP");
        SUBSCRIBE.script(reader.openid(), new HttpStatus(500), new HttpStatus(500), new HttpStatus(500), new HttpStatus(500));
        long orderId = approvedOrder(reader, "额尔古纳河右岸");
        runJob("outboxSendJob");
        assertThat(only(reader, NoticeKind.READY_FOR_PICKUP).get("status")).isEqualTo("PENDING");

        LocalDateTime deadline = jdbc.queryForObject("SELECT pickup_deadline FROM borrow_order WHERE id = ?",
                LocalDateTime.class, orderId);
        clock.set(deadline.plusMinutes(1).atZone(clock.getZone()).toInstant());
        runJob("outboxSendJob");

        Map<String, Object> notice = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(notice.get("status")).isEqualTo("SKIPPED");
        assertThat((String) notice.get("last_error")).contains("取书截止");
        assertThat(outcomes(notice.get("id"))).containsExactly("RETRY", "SKIPPED");
        assertThat(jdbc.queryForObject("SELECT message FROM notice_attempt WHERE notice_id = ? ORDER BY id DESC LIMIT 1",
                String.class, notice.get("id"))).contains("取书截止");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(1);
        assertThat(remaining(reader, "TPL_PICKUP")).isEqualTo(1);
    }

    /** Nothing retries forever: a notice still unsent days later is SKIPPED as expired, without another send. */
    @Test
    void aNoticeStillUnsentAfterDaysExpires() throws Exception {
        TestReader reader = reader("expire");
        subscribe(reader, "TPL_REJECTED");
        SUBSCRIBE.script(reader.openid(), new HttpStatus(500), new HttpStatus(500), new HttpStatus(500), new HttpStatus(500));
        long orderId = submittedOrder(reader, "置身事内");
        assertThat(postJson("/api/admin/orders/" + orderId + "/reject", Map.of("reason", "暂无可借副本"), librarian).status())
                .isEqualTo(200);
        for (int attempt = 1; attempt <= 3; attempt++) {
            runJob("outboxSendJob");
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(only(reader, NoticeKind.ORDER_REJECTED).get("status")).isEqualTo("PENDING");

        clock.advance(Duration.ofDays(3));
        runJob("outboxSendJob");
        Map<String, Object> notice = only(reader, NoticeKind.ORDER_REJECTED);
        assertThat(notice.get("status")).isEqualTo("SKIPPED");
        assertThat((String) notice.get("last_error")).contains("已过期");
        assertThat(outcomes(notice.get("id"))).containsExactly("RETRY", "RETRY", "RETRY", "SKIPPED");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(3);
    }

    /** A permanent error ends the notice at once, also in the middle of an outage; nothing retries it. */
    @Test
    void aPermanentErrorEndsTheNoticeAtOnceEvenMidOutage() throws Exception {
        TestReader badOpenid = reader("perm");
        TestReader refused = reader("perm");
        subscribe(badOpenid, "TPL_PICKUP");
        subscribe(refused, "TPL_PICKUP");
        SUBSCRIBE.script(badOpenid.openid(), new HttpStatus(500), new HttpStatus(500), new HttpStatus(500),
                new HttpStatus(500), new Errcode(40003, "invalid openid"));
        SUBSCRIBE.script(refused.openid(), new HttpStatus(500), new HttpStatus(500), new HttpStatus(500),
                new HttpStatus(500), new Errcode(43101, "user refuse to accept the msg"));
        approvedOrder(badOpenid, "文城");
        approvedOrder(refused, "云边有个小卖部");

        for (int attempt = 1; attempt <= 5; attempt++) {
            runJob("outboxSendJob");
            clock.advance(Duration.ofMinutes(20));
        }
        Map<String, Object> failed = only(badOpenid, NoticeKind.READY_FOR_PICKUP);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("last_errcode")).isEqualTo(40003);
        assertThat(outcomes(failed.get("id"))).containsExactly("RETRY", "RETRY", "RETRY", "RETRY", "FAILED");
        assertThat(remaining(badOpenid, "TPL_PICKUP")).as("a refused send reached no one: consent back").isEqualTo(1);
        Map<String, Object> skipped = only(refused, NoticeKind.READY_FOR_PICKUP);
        assertThat(skipped.get("status")).isEqualTo("SKIPPED");
        assertThat(skipped.get("last_errcode")).isEqualTo(43101);
        assertThat(remaining(refused, "TPL_PICKUP")).isZero();

        clock.advance(Duration.ofHours(2));
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(badOpenid.openid())).hasSize(5);
        assertThat(SUBSCRIBE.sendsTo(refused.openid())).hasSize(5);
    }

    private void assertAttempts(List<TestReader> readers, int attempts, String status) {
        for (TestReader reader : readers) {
            Map<String, Object> notice = only(reader, NoticeKind.ORDER_REJECTED);
            assertThat(SUBSCRIBE.sendsTo(reader.openid())).as("sends to %s", reader.openid()).hasSize(attempts);
            assertThat(notice.get("attempts")).as("attempts of notice %s", notice.get("id")).isEqualTo(attempts);
            assertThat(notice.get("status")).isEqualTo(status);
        }
    }

    private LocalDateTime nextAttemptAt(Object noticeId) {
        return jdbc.queryForObject("SELECT next_attempt_at FROM notice WHERE id = ?", LocalDateTime.class, noticeId);
    }

    private List<String> outcomes(Object noticeId) {
        return jdbc.queryForList("SELECT outcome FROM notice_attempt WHERE notice_id = ? AND channel = 'WECHAT' ORDER BY id",
                String.class, noticeId);
    }

    /** Runs the same work on two threads released together; returns both results. */
    private static <T> List<T> twoAtOnce(Callable<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
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
