package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.notify.FakeSubscribeWeChat;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NotifyIntegrationTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Due-soon, overdue and pickup-deadline reminders with a moving clock: once each, following renewals, never after return. */
class NotificationRemindersIT extends NotifyIntegrationTestBase {

    private LocalDate dueDate(long loanId) {
        return jdbc.queryForObject("SELECT due_date FROM loan WHERE id = ?", LocalDate.class, loanId);
    }

    /** Moves the clock to {@code day} 09:00-ish (same time of day as now) and runs the job. */
    private void runOn(LocalDate day, String job) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), day);
        clock.advance(Duration.ofDays(days));
        runJob(job);
    }

    private List<String> keys(TestReader reader, NoticeKind kind) {
        return notices(reader, kind).stream().map(n -> (String) n.get("dedup_key")).toList();
    }

    @Test
    void dueSoonIsQueuedTwoDaysBeforeDueOnceAndSent() throws Exception {
        TestReader reader = reader("due");
        long loanId = loan(reader, "红楼梦");
        LocalDate due = dueDate(loanId);
        subscribe(reader, "TPL_DUE");

        runOn(due.minusDays(3), "dueReminderJob");
        assertThat(notices(reader, NoticeKind.DUE_SOON)).isEmpty();
        runOn(due.minusDays(2), "dueReminderJob");
        runJob("dueReminderJob");
        assertThat(keys(reader, NoticeKind.DUE_SOON)).containsExactly(reader.id() + ":DUE_SOON:LOAN:" + loanId + ":" + due);
        runOn(due.minusDays(1), "dueReminderJob");
        assertThat(notices(reader, NoticeKind.DUE_SOON)).hasSize(1);

        runJob("outboxSendJob");
        assertThat(notices(reader, NoticeKind.DUE_SOON).getFirst().get("status")).isEqualTo("SENT");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("TPL_DUE").contains("红楼梦")
                        .contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日"));
    }

    @Test
    void overdueRemindersComeOnDayOneSevenAndFourteenOnceEach() throws Exception {
        TestReader reader = reader("late");
        long loanId = loan(reader, "三国演义");
        LocalDate due = dueDate(loanId);
        for (int day = 0; day <= 20; day++) {
            runOn(due.plusDays(day), "overdueReminderJob");
        }
        runJob("overdueReminderJob");
        String prefix = reader.id() + ":OVERDUE:LOAN:" + loanId + ":" + due;
        assertThat(keys(reader, NoticeKind.OVERDUE)).containsExactly(prefix + "+1", prefix + "+7", prefix + "+14");
        assertThat(notices(reader, NoticeKind.OVERDUE)).extracting(n -> n.get("payload").toString())
                .anySatisfy(p -> assertThat(p).contains("\"overdueDays\":\"14\""));
    }

    @Test
    void aMissedRunIsCaughtUpWithoutReachingTheNextStage() throws Exception {
        TestReader reader = reader("gap");
        long loanId = loan(reader, "水浒传");
        LocalDate due = dueDate(loanId);
        runOn(due.plusDays(3), "overdueReminderJob"); // days 1 and 2 missed (outage)
        runOn(due.plusDays(6), "overdueReminderJob"); // between stages: nothing
        assertThat(keys(reader, NoticeKind.OVERDUE)).containsExactly(reader.id() + ":OVERDUE:LOAN:" + loanId + ":" + due + "+1");
    }

    @Test
    void aRenewalMovesTheRemindersToTheNewDueDate() throws Exception {
        TestReader reader = reader("renew");
        long loanId = loan(reader, "西游记");
        LocalDate due = dueDate(loanId);
        runOn(due.minusDays(2), "dueReminderJob");
        assertThat(notices(reader, NoticeKind.DUE_SOON)).singleElement().satisfies(n -> assertThat(n.get("status")).isEqualTo("PENDING"));

        Answer renewed = postJson("/api/app/loans/" + loanId + "/renew", Map.of(), reader.token());
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        LocalDate newDue = dueDate(loanId);
        assertThat(newDue).isAfter(due);
        assertThat(notices(reader, NoticeKind.DUE_SOON).getFirst().get("status")).as("old due date's reminder cancelled")
                .isEqualTo("SKIPPED");

        runOn(due.plusDays(1), "overdueReminderJob");
        assertThat(notices(reader, NoticeKind.OVERDUE)).as("not overdue any more").isEmpty();
        runOn(newDue.minusDays(2), "dueReminderJob");
        assertThat(keys(reader, NoticeKind.DUE_SOON)).containsExactly(
                reader.id() + ":DUE_SOON:LOAN:" + loanId + ":" + due, reader.id() + ":DUE_SOON:LOAN:" + loanId + ":" + newDue);
        runOn(newDue.plusDays(1), "overdueReminderJob");
        assertThat(keys(reader, NoticeKind.OVERDUE)).containsExactly(reader.id() + ":OVERDUE:LOAN:" + loanId + ":" + newDue + "+1");
    }

    @Test
    void aReturnedLoanGetsNoMoreReminders() throws Exception {
        TestReader reader = reader("back");
        subscribe(reader, "TPL_DUE");
        long loanId = loan(reader, "骆驼祥子2");
        LocalDate due = dueDate(loanId);
        runOn(due.minusDays(2), "dueReminderJob");
        assertThat(postJson("/api/admin/loans/" + loanId + "/return", Map.of(), librarian).status()).isEqualTo(200);

        assertThat(notices(reader, NoticeKind.DUE_SOON).getFirst().get("status")).isEqualTo("SKIPPED");
        runJob("outboxSendJob");
        for (int day = 1; day <= 15; day++) {
            runOn(due.plusDays(day), "overdueReminderJob");
        }
        assertThat(notices(reader, NoticeKind.OVERDUE)).isEmpty();
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).isEmpty();
        assertThat(remaining(reader, "TPL_DUE")).isEqualTo(1);
    }

    @Test
    void aReminderQueuedBeforeAReturnIsCheckedAgainBeforeSending() throws Exception {
        TestReader reader = reader("race");
        subscribe(reader, "TPL_DUE");
        long loanId = loan(reader, "家");
        LocalDate due = dueDate(loanId);
        runOn(due.minusDays(2), "dueReminderJob");
        // returned by a path that published no event (e.g. a bulk correction): the sender still checks
        jdbc.update("UPDATE loan SET status = 'RETURNED', returned_at = NOW(3) WHERE id = ?", loanId);
        runJob("outboxSendJob");
        assertThat(notices(reader, NoticeKind.DUE_SOON).getFirst().get("status")).isEqualTo("SKIPPED");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).isEmpty();
        assertThat(remaining(reader, "TPL_DUE")).isEqualTo(1);
    }

    /**
     * Issue #16: WeChat is down for longer than the old retry budget; the reminder keeps retrying on its back-off, and
     * when the book comes back meanwhile it ends SKIPPED with the reason in its attempt log — never sent.
     */
    @Test
    void aReminderRetryingThroughAnOutageIsSkippedWhenTheLoanIsReturned() throws Exception {
        TestReader reader = reader("outret");
        subscribe(reader, "TPL_DUE");
        long loanId = loan(reader, "围城2");
        LocalDate due = dueDate(loanId);
        FakeSubscribeWeChat.Answer[] outage = new FakeSubscribeWeChat.Answer[20];
        java.util.Arrays.fill(outage, new FakeSubscribeWeChat.HttpStatus(500));
        SUBSCRIBE.script(reader.openid(), outage);
        runOn(due.minusDays(2), "dueReminderJob");
        long id = (Long) notices(reader, NoticeKind.DUE_SOON).getFirst().get("id");

        for (int attempt = 1; attempt <= 8; attempt++) {
            runJob("outboxSendJob");
            assertThat(notices(reader, NoticeKind.DUE_SOON).getFirst()).as("after attempt %d", attempt)
                    .containsEntry("status", "PENDING").containsEntry("attempts", attempt);
            clock.advance(Duration.ofMinutes(61));
        }
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(8);

        assertThat(postJson("/api/admin/loans/" + loanId + "/return", Map.of(), librarian).status()).isEqualTo(200);
        Map<String, Object> notice = notices(reader, NoticeKind.DUE_SOON).getFirst();
        assertThat(notice.get("status")).isEqualTo("SKIPPED");
        assertThat(notice.get("last_error")).isEqualTo("已归还，不再提醒");
        List<Map<String, Object>> log = jdbc.queryForList(
                "SELECT outcome, message FROM notice_attempt WHERE notice_id = ? ORDER BY id", id);
        assertThat(log).hasSize(9);
        assertThat(log.getLast()).containsEntry("outcome", "SKIPPED").containsEntry("message", "已归还，不再提醒");

        clock.advance(Duration.ofHours(2));
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).as("never sent after the return").hasSize(8);
        assertThat(remaining(reader, "TPL_DUE")).as("no send reached the reader: consent kept").isEqualTo(1);
    }

    /** A due-soon reminder still retrying when the due date has passed says something no longer true: skipped. */
    @Test
    void aDueSoonReminderStillRetryingAfterTheDueDateIsSkipped() throws Exception {
        TestReader reader = reader("duepast");
        subscribe(reader, "TPL_DUE");
        long loanId = loan(reader, "城南旧事");
        LocalDate due = dueDate(loanId);
        SUBSCRIBE.script(reader.openid(), new FakeSubscribeWeChat.HttpStatus(500));
        runOn(due.minusDays(2), "dueReminderJob");
        runJob("outboxSendJob");
        assertThat(notices(reader, NoticeKind.DUE_SOON).getFirst().get("status")).isEqualTo("PENDING");

        runOn(due.plusDays(1), "outboxSendJob");
        Map<String, Object> notice = notices(reader, NoticeKind.DUE_SOON).getFirst();
        assertThat(notice.get("status")).isEqualTo("SKIPPED");
        assertThat((String) notice.get("last_error")).contains("到期");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(1);
    }

    @Test
    void pickupDeadlineTomorrowIsRemindedOnce() throws Exception {
        TestReader reader = reader("shelf");
        long orderId = approvedOrder(reader, "春");
        LocalDate deadline = jdbc.queryForObject("SELECT DATE(pickup_deadline) FROM borrow_order WHERE id = ?", LocalDate.class, orderId);
        runOn(deadline.minusDays(1), "pickupDeadlineReminderJob");
        runJob("pickupDeadlineReminderJob");
        assertThat(keys(reader, NoticeKind.PICKUP_DEADLINE))
                .containsExactly(reader.id() + ":PICKUP_DEADLINE:ORDER:" + orderId + ":" + deadline);
    }

    @Test
    void shardsSplitReadersByIdAndTogetherCoverAll() throws Exception {
        TestReader a = reader("sh");
        TestReader b = reader("sh");
        long loanA = loan(a, "秋");
        loan(b, "夏");
        LocalDate due = dueDate(loanA);
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), due.minusDays(2))));
        TestReader even = a.id() % 2 == 0 ? a : b;
        TestReader odd = even == a ? b : a;
        jobs.run("dueReminderJob", 1, 2);
        assertThat(notices(odd, NoticeKind.DUE_SOON)).hasSize(1);
        assertThat(notices(even, NoticeKind.DUE_SOON)).isEmpty();
        jobs.run("dueReminderJob", 0, 2);
        assertThat(notices(even, NoticeKind.DUE_SOON)).hasSize(1);
    }
}
