package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.notify.FakeTencentSms;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NotifyIntegrationTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18, done when: a reader with no subscriptions goes through approval → ready for pickup → due soon → overdue;
 * every notice is in the inbox; the urgent ones go once by SMS (the fake Tencent Cloud SMS counts sends, re-running the
 * jobs sends nothing more); with a WeChat consent for a kind, that kind goes once by WeChat (and not by SMS).
 */
@TestPropertySource(properties = {
        "taoshu.notify.sms.secret-id=AKIDfake",
        "taoshu.notify.sms.secret-key=fake-secret",
        "taoshu.notify.sms.sdk-app-id=1400000001",
        "taoshu.notify.sms.sign-name=淘书社区图书馆",
        "taoshu.notify.sms.daily-cap=2",
        "taoshu.notify.sms.templates.overdue=SMS_OVERDUE",
        "taoshu.notify.sms.templates.ready-for-pickup=SMS_PICKUP"})
class NoticeChannelsIT extends NotifyIntegrationTestBase {

    static final FakeTencentSms SMS = new FakeTencentSms();

    @DynamicPropertySource
    static void smsEndpoint(DynamicPropertyRegistry registry) {
        registry.add("taoshu.notify.sms.endpoint", SMS::endpoint);
    }

    @AfterAll
    static void closeSms() {
        SMS.close();
    }

    private String bindPhone(TestReader reader) {
        String phone = uniquePhone("139");
        given.phone(reader.id(), phone);
        return phone;
    }

    private void runOn(LocalDate day, String job) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), day)));
        runJob(job);
    }

    private Map<String, Object> only(TestReader reader, NoticeKind kind) {
        List<Map<String, Object>> rows = notices(reader, kind);
        assertThat(rows).as(kind.name()).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void aReaderWithoutSubscriptionsFindsEveryNoticeInTheInboxAndTheUrgentOnesBySmsOnce() throws Exception {
        TestReader reader = reader("inbox");
        String phone = bindPhone(reader);

        long orderId = approvedOrder(reader, "平凡的世界");
        runJob("outboxSendJob");
        Map<String, Object> ready = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(ready.get("status")).as("no consent: WeChat skipped").isEqualTo("SKIPPED");
        assertThat(ready.get("sms_status")).as("urgent, WeChat does not reach: SMS").isEqualTo("SENT");
        assertThat(SMS.sendsTo(phone)).singleElement().satisfies(r -> assertThat(r.body())
                .contains("\"TemplateId\":\"SMS_PICKUP\"").contains("平凡的世界").contains("\"SignName\":\"淘书社区图书馆\""));

        Answer pickedUp = postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian);
        assertThat(pickedUp.status()).as(pickedUp.body()).isEqualTo(200);
        long loanId = jdbc.queryForObject("SELECT id FROM loan WHERE order_id = ?", Long.class, orderId);
        LocalDate due = jdbc.queryForObject("SELECT due_date FROM loan WHERE id = ?", LocalDate.class, loanId);

        runOn(due.minusDays(2), "dueReminderJob");
        runJob("outboxSendJob");
        Map<String, Object> dueSoon = only(reader, NoticeKind.DUE_SOON);
        assertThat(dueSoon.get("status")).isEqualTo("SKIPPED");
        assertThat(dueSoon.get("sms_status")).as("not urgent: no SMS").isNull();

        runOn(due.plusDays(1), "overdueReminderJob");
        runJob("outboxSendJob");
        Map<String, Object> overdue = only(reader, NoticeKind.OVERDUE);
        assertThat(overdue.get("sms_status")).isEqualTo("SENT");
        assertThat(SMS.sendsTo(phone)).hasSize(2).last().satisfies(r -> assertThat(r.body())
                .contains("\"TemplateId\":\"SMS_OVERDUE\"").contains("\"TemplateParamSet\":[\"平凡的世界\",\"1\","));

        // re-running every job sends nothing more on any channel
        for (int i = 0; i < 3; i++) {
            runJob("overdueReminderJob");
            runJob("dueReminderJob");
            runJob("outboxSendJob");
        }
        assertThat(SMS.sendsTo(phone)).hasSize(2);
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_attempt a JOIN notice n ON n.id = a.notice_id"
                + " WHERE n.reader_id = ? AND a.channel = 'SMS' AND a.outcome = 'SENT'", Integer.class, reader.id())).isEqualTo(2);

        // the inbox: every notice, newest first, unread until read
        Answer inbox = getJson("/api/app/notices?page=1&size=20", reader.token());
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        assertThat((List<String>) inbox.read("$.data.records[*].kind"))
                .containsExactly("OVERDUE", "DUE_SOON", "READY_FOR_PICKUP");
        assertThat((String) inbox.read("$.data.records[0].kindLabel")).isEqualTo("已逾期");
        assertThat((String) inbox.read("$.data.records[0].title")).isEqualTo("图书已逾期");
        assertThat((String) inbox.read("$.data.records[0].body")).contains("《平凡的世界》").contains("已逾期1天");
        assertThat((String) inbox.read("$.data.records[2].body")).contains("平凡的世界").contains("暂存架");
        assertThat((List<Boolean>) inbox.read("$.data.records[*].read")).containsOnly(false);
        assertThat((Integer) getJson("/api/app/notices/unread-count", reader.token()).read("$.data.unread")).isEqualTo(3);
        assertThat((Integer) getJson("/api/app/home", reader.token()).read("$.data.unreadNotices")).isEqualTo(3);

        long newest = ((Number) inbox.read("$.data.records[0].id")).longValue();
        TestReader stranger = reader("stranger");
        Answer foreign = postJson("/api/app/notices/" + newest + "/read", Map.of(), stranger.token());
        assertThat(foreign.status()).as("another reader's notice does not exist for them").isEqualTo(404);
        assertThat((Integer) getJson("/api/app/notices", stranger.token()).read("$.data.total")).isZero();

        Answer read = postJson("/api/app/notices/" + newest + "/read", Map.of(), reader.token());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat((Boolean) read.read("$.data.read")).isTrue();
        assertThat((Integer) getJson("/api/app/notices/unread-count", reader.token()).read("$.data.unread")).isEqualTo(2);
        assertThat((Integer) postJson("/api/app/notices/read-all", Map.of(), reader.token()).read("$.data.unread")).isZero();
        assertThat((Integer) getJson("/api/app/home", reader.token()).read("$.data.unreadNotices")).isZero();

        // the overdue desk and the notification log show what reached the reader, per channel
        Answer desk = getJson("/api/admin/overdue", librarian);
        assertThat(desk.status()).as(desk.body()).isEqualTo(200);
        assertThat((Integer) desk.read("$.data.records[0].remindersInInbox")).isEqualTo(2);
        assertThat((Integer) desk.read("$.data.records[0].remindersRead")).isEqualTo(2);
        assertThat((Integer) desk.read("$.data.records[0].smsSent")).isEqualTo(1);
        assertThat((Integer) desk.read("$.data.records[0].weChatSent")).isZero();
        assertThat((Integer) desk.read("$.data.records[0].remindersSent")).isEqualTo(1);
        Answer log = getJson("/api/admin/notifications?readerId=" + reader.id(), librarian);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat((List<String>) log.read("$.data.records[0].channels[*].channelLabel")).containsExactly("消息中心", "微信", "短信");
        assertThat((List<String>) log.read("$.data.records[0].channels[*].outcomeLabel"))
                .containsExactly("已存入·已读", "未发送", "已发送");
        assertThat((String) log.read("$.data.records[0].channels[1].detail")).contains("未订阅");
    }

    @Test
    void aKindTheReaderSubscribedToGoesOnceByWeChatAndNotBySms() throws Exception {
        TestReader reader = reader("wxonly");
        String phone = bindPhone(reader);
        subscribe(reader, "TPL_PICKUP");
        approvedOrder(reader, "白鹿原");
        runJob("outboxSendJob");
        runJob("outboxSendJob");
        Map<String, Object> ready = only(reader, NoticeKind.READY_FOR_PICKUP);
        assertThat(ready.get("status")).isEqualTo("SENT");
        assertThat(ready.get("sms_status")).as("WeChat reached the reader, no SMS opt-in").isNull();
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("TPL_PICKUP").contains("白鹿原"));
        assertThat(SMS.sendsTo(phone)).isEmpty();

        // a reader who opted in gets the SMS as well
        Answer optIn = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/app/me/sms")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"enabled\":true}"), reader.token());
        assertThat(optIn.status()).as(optIn.body()).isEqualTo(200);
        assertThat((Boolean) optIn.read("$.data.enabled")).isTrue();
        assertThat((Boolean) optIn.read("$.data.available")).isTrue();
        subscribe(reader, "TPL_PICKUP");
        approvedOrder(reader, "尘埃落定");
        runJob("outboxSendJob");
        assertThat(SUBSCRIBE.sendsTo(reader.openid())).hasSize(2);
        assertThat(SMS.sendsTo(phone)).singleElement().satisfies(r -> assertThat(r.body()).contains("尘埃落定"));
    }

    @Test
    void aRefusedSmsIsRecordedOnceAndTheDailyCapHolds() throws Exception {
        TestReader limited = reader("smslimit");
        String limitedPhone = bindPhone(limited);
        SMS.failFor(limitedPhone, "LimitExceeded.PhoneNumberDailyLimit");
        approvedOrder(limited, "活着");
        runJob("outboxSendJob");
        runJob("outboxSendJob");
        Map<String, Object> refused = only(limited, NoticeKind.READY_FOR_PICKUP);
        assertThat(refused.get("sms_status")).isEqualTo("FAILED");
        assertThat((String) refused.get("sms_error")).contains("LimitExceeded.PhoneNumberDailyLimit");
        assertThat(SMS.sendsTo(limitedPhone)).as("not retried").hasSize(1);

        TestReader busy = reader("smscap");
        String busyPhone = bindPhone(busy);
        approvedOrder(busy, "许三观卖血记");
        approvedOrder(busy, "兄弟");
        approvedOrder(busy, "第七天");
        runJob("outboxSendJob");
        assertThat(SMS.sendsTo(busyPhone)).as("daily cap 2").hasSize(2);
        assertThat(notices(busy, NoticeKind.READY_FOR_PICKUP)).extracting(n -> n.get("sms_status"))
                .containsExactly("SENT", "SENT", "SKIPPED");
        assertThat((String) notices(busy, NoticeKind.READY_FOR_PICKUP).getLast().get("sms_error")).contains("上限");

        TestReader noPhone = reader("nophone");
        approvedOrder(noPhone, "文城");
        runJob("outboxSendJob");
        Map<String, Object> unsent = only(noPhone, NoticeKind.READY_FOR_PICKUP);
        assertThat(unsent.get("sms_status")).isEqualTo("SKIPPED");
        assertThat(unsent.get("sms_error")).isEqualTo("读者未绑定手机号");
        assertThat((Integer) getJson("/api/app/notices/unread-count", noPhone.token()).read("$.data.unread")).isEqualTo(1);
    }
}
