package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.idev.excel.FastExcel;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeStatus;
import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The overdue desk (list, filters, Excel) and the automatic card suspension after N days overdue, with its lift. */
class OverdueDeskIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    long branch;
    long otherBranch;
    String librarian;
    String admin;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant());
        today = LocalDate.now(clock);
        branch = createBranch(unique("OD"));
        otherBranch = createBranch(unique("OE"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        admin = signedInStaff(Role.ADMIN, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An ACTIVE loan of a fresh copy, due on {@code due}. */
    private long lend(Reader reader, long branchId, String title, LocalDate due) {
        return given.loanDueOn(reader.getId(), createBook(title, branchId, 1), branchId, due);
    }

    private void notice(Reader reader, long loanId, String kind, String status, LocalDateTime sentAt) {
        given.loanReminder(reader.getId(), loanId, NoticeKind.valueOf(kind), NoticeStatus.valueOf(status), sentAt);
    }

    private String cardStatus(Reader reader) {
        return jdbc.queryForObject("SELECT card_status FROM reader WHERE id = ?", String.class, reader.getId());
    }

    private List<String> reasons(Reader reader) {
        return jdbc.queryForList("SELECT reason FROM reader_card_history WHERE reader_id = ? AND action = 'CARD_STATUS' ORDER BY id",
                String.class, reader.getId());
    }

    private void runJob() throws Exception {
        Answer run = postJson("/api/admin/jobs/overdueSuspensionJob/run", Map.of(), admin);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
    }

    @Test
    void theListShowsDaysMaskedPhoneCardTypeAndRemindersWithFiltersSortPagingAndExcel() throws Exception {
        Reader city = createReader("张逾期", "13812345678");
        Reader trust = createReader("李诚信", "13900001111");
        given.communityTrustCard(trust.getId(), branch);
        long tenDays = lend(city, branch, "逾期十天的书", today.minusDays(10));
        long threeDays = lend(trust, branch, "逾期三天的书", today.minusDays(3));
        lend(city, branch, "还没到期的书", today.plusDays(5));
        lend(city, branch, "今天到期的书", today);
        long elsewhere = lend(trust, otherBranch, "别的分馆逾期的书", today.minusDays(20));
        LocalDateTime lastSent = today.minusDays(2).atTime(9, 30);
        notice(city, tenDays, "DUE_SOON", "SENT", today.minusDays(13).atTime(9, 0));
        notice(city, tenDays, "OVERDUE", "SENT", lastSent);
        notice(city, tenDays, "OVERDUE", "PENDING", null);
        notice(trust, threeDays, "OVERDUE", "SENT", today.minusDays(2).atTime(9, 31));

        Answer list = getJson("/api/admin/overdue", librarian);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat((Integer) list.read("$.data.total")).as("only this branch, only overdue").isEqualTo(2);
        assertThat(((Number) list.read("$.data.records[0].loanId")).longValue()).as("longest overdue first").isEqualTo(tenDays);
        assertThat((Integer) list.read("$.data.records[0].daysOverdue")).isEqualTo(10);
        assertThat((String) list.read("$.data.records[0].phoneMasked")).isEqualTo("138****5678");
        assertThat(list.body()).doesNotContain("13812345678");
        assertThat((String) list.read("$.data.records[0].readerName")).isEqualTo("张逾期");
        assertThat((String) list.read("$.data.records[0].cardType")).isEqualTo("CITY_WIDE");
        assertThat((Integer) list.read("$.data.records[0].remindersSent")).as("SENT only").isEqualTo(2);
        assertThat((String) list.read("$.data.records[0].lastReminderAt")).startsWith(lastSent.toLocalDate().toString());
        assertThat((Integer) list.read("$.data.records[1].daysOverdue")).isEqualTo(3);
        assertThat((String) list.read("$.data.records[1].cardType")).isEqualTo("COMMUNITY_TRUST");
        assertThat((Integer) list.read("$.data.records[1].remindersSent")).isEqualTo(1);

        assertThat((List<?>) getJson("/api/admin/overdue?minDays=5", librarian).read("$.data.records")).hasSize(1);
        Answer trustOnly = getJson("/api/admin/overdue?cardType=COMMUNITY_TRUST", librarian);
        assertThat(((Number) trustOnly.read("$.data.records[0].loanId")).longValue()).isEqualTo(threeDays);
        assertThat((Integer) trustOnly.read("$.data.total")).isEqualTo(1);
        assertThat(((Number) getJson("/api/admin/overdue?sort=DAYS_ASC", librarian).read("$.data.records[0].loanId")).longValue())
                .isEqualTo(threeDays);
        Answer paged = getJson("/api/admin/overdue?page=2&size=1", librarian);
        assertThat((Integer) paged.read("$.data.total")).isEqualTo(2);
        assertThat(((Number) paged.read("$.data.records[0].loanId")).longValue()).isEqualTo(threeDays);

        // a librarian sees their own branch only; an ADMIN any branch
        assertThat(getJson("/api/admin/overdue?branchId=" + otherBranch, librarian).status()).isEqualTo(403);
        Answer other = getJson("/api/admin/overdue?branchId=" + otherBranch, admin);
        assertThat(((Number) other.read("$.data.records[0].loanId")).longValue()).isEqualTo(elsewhere);
        assertThat((Integer) other.read("$.data.records[0].daysOverdue")).isEqualTo(20);
        assertThat(getJson("/api/admin/overdue", tokenFor(city)).status()).as("readers never reach the desk").isEqualTo(403);

        MvcResult export = mvc.perform(get("/api/admin/overdue/export").header("Authorization", "Bearer " + librarian)).andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))
                .sheet().doReadSync();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).contains("逾期十天的书", "138****5678", "10", "2");
        assertThat(rows.get(0).get(0)).isEqualTo(Long.toString(tenDays));
        assertThat(rows.get(1).values()).contains("逾期三天的书", "3", "1");
    }

    @Test
    void aCardIsSuspendedAfterNDaysOverdueAndRestoredWhenTheOverdueLoansAreClosed() throws Exception {
        int limit = jdbc.queryForObject("SELECT suspend_after_overdue_days FROM borrow_rule WHERE card_type = 'CITY_WIDE'", Integer.class);
        assertThat(limit).as("the migration's default").isEqualTo(30);
        Reader late = createReader("王晚还", "13700000001");
        long loan = lend(late, branch, "快逾期一个月的书", today.minusDays(limit - 2));
        Reader twoBooks = createReader("赵两本", "13700000002");
        long first = lend(twoBooks, branch, "两本之一", today.minusDays(limit - 2));
        long second = lend(twoBooks, branch, "两本之二", today.minusDays(limit - 2));
        Reader byHand = createReader("钱手动", "13700000003");
        long handLoan = lend(byHand, branch, "手动暂停的书", today.minusDays(limit + 5));
        Answer suspend = postJson("/api/admin/readers/" + byHand.getId() + "/suspend", Map.of("reason", "多次损坏图书"), librarian);
        assertThat(suspend.status()).as(suspend.body()).isEqualTo(200);

        runJob();
        assertThat(cardStatus(late)).as("overdue %d days: not yet", limit - 2).isEqualTo("ACTIVE");

        clock.advance(Duration.ofDays(3));
        runJob();
        assertThat(cardStatus(late)).isEqualTo("SUSPENDED");
        assertThat(cardStatus(twoBooks)).isEqualTo("SUSPENDED");
        assertThat(reasons(late)).containsExactly("逾期超过" + limit + "天自动暂停");
        assertThat(jdbc.queryForObject("SELECT actor_type FROM reader_card_history WHERE reader_id = ?", String.class, late.getId()))
                .isEqualTo("SYSTEM");
        runJob();
        assertThat(reasons(late)).as("idempotent").hasSize(1);

        // returned: restored in the same transaction, no job needed
        assertThat(postJson("/api/admin/loans/" + loan + "/return", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(cardStatus(late)).isEqualTo("ACTIVE");
        assertThat(reasons(late)).containsExactly("逾期超过" + limit + "天自动暂停", "逾期已归还自动恢复");

        // one of two long-overdue loans back: still suspended; the other closed as lost: restored
        assertThat(postJson("/api/admin/loans/" + first + "/return", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(cardStatus(twoBooks)).isEqualTo("SUSPENDED");
        Answer lost = postJson("/api/app/loans/" + second + "/report-lost", Map.of(), tokenFor(twoBooks));
        assertThat(lost.status()).as(lost.body()).isEqualTo(200);
        assertThat(cardStatus(twoBooks)).isEqualTo("ACTIVE");

        // a librarian's suspension stays, whatever happens to the loans
        assertThat(postJson("/api/admin/loans/" + handLoan + "/return", Map.of(), librarian).status()).isEqualTo(200);
        runJob();
        assertThat(cardStatus(byHand)).isEqualTo("SUSPENDED");
        assertThat(reasons(byHand)).containsExactly("多次损坏图书");

        // the job lifts too (a loan closed some other way): auto-suspend again, close behind its back, run
        Reader quiet = createReader("孙补漏", "13700000004");
        long quietLoan = lend(quiet, branch, "后台关闭的书", today.minusDays(limit + 1));
        runJob();
        assertThat(cardStatus(quiet)).isEqualTo("SUSPENDED");
        jdbc.update("UPDATE loan SET status = 'RETURNED', returned_at = NOW(3) WHERE id = ?", quietLoan);
        runJob();
        assertThat(cardStatus(quiet)).isEqualTo("ACTIVE");
    }
}
