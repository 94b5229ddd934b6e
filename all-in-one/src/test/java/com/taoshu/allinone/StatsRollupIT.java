package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** statsRollupJob's daily rollups: recomputed from the raw tables, idempotent, and what the statistics API reads. */
class StatsRollupIT extends ApiTestBase {

    /** A day of its own (no other test writes loans there), so the figures are exact. */
    private static final LocalDate DAY = LocalDate.of(2031, 5, 10);

    @Test
    void aDayIsRolledUpOncePerBranchAndReadBackAsSeriesAndTopTitles() throws Exception {
        long branch = createBranch(unique("ST"));
        String adm = unique("adm");
        createStaff(Role.ADMIN, adm, null, "secret-123", null);
        String admin = staffToken("/api/admin", Map.of("username", adm, "password", "secret-123"));
        String lib = unique("lib");
        createStaff(Role.LIBRARIAN, lib, null, "secret-123", branch);
        String librarian = staffToken("/api/admin", Map.of("username", lib, "password", "secret-123"));

        long popular = createBook("最受欢迎的书", branch, 3);
        long other = createBook("偶尔有人借的书", branch, 1);
        long reader = createReader("统计读者", null).getId();
        LocalDateTime morning = DAY.atTime(9, 30);
        long l1 = loan(reader, popular, branch, morning, null);
        loan(reader, popular, branch, morning.plusHours(1), morning.plusHours(5));
        loan(reader, other, branch, morning.plusHours(2), null);
        loan(reader, other, branch, morning.minusDays(40), null); // borrowed long before, overdue on DAY
        jdbc.update("INSERT INTO loan_history (loan_id, action, due_before, due_after, actor_type, created_at) "
                + "VALUES (?, 'RENEWED', ?, ?, 'READER', ?)", l1, DAY.plusDays(30), DAY.plusDays(60), morning.plusHours(3));
        // order outcomes of the day: a picked-up order counts, a mere submission does not
        jdbc.update("INSERT INTO borrow_order (order_no, reader_id, branch_id, fulfilment, status, submitted_at, created_at, "
                + "updated_at) VALUES (?, ?, ?, 'PICKUP', 'PICKED_UP', ?, ?, ?)", unique("ST-O"), reader, branch, morning, morning,
                morning);
        long order = jdbc.queryForObject("SELECT MAX(id) FROM borrow_order WHERE branch_id = ?", Long.class, branch);
        jdbc.update("INSERT INTO order_history (order_id, from_status, to_status, actor_type, created_at) VALUES "
                + "(?, NULL, 'SUBMITTED', 'READER', ?), (?, 'READY_FOR_PICKUP', 'PICKED_UP', 'LIBRARIAN', ?)",
                order, morning, order, morning.plusHours(4));

        String range = "?from=" + DAY + "&to=" + DAY;
        assertThat(postJson("/api/admin/stats/rollup" + range, Map.of(), librarian).status()).as("ADMIN only").isEqualTo(403);
        Answer rolled = postJson("/api/admin/stats/rollup" + range, Map.of(), admin);
        assertThat(rolled.status()).as(rolled.body()).isEqualTo(200);
        assertThat(postJson("/api/admin/stats/rollup" + range, Map.of(), admin).status()).isEqualTo(200);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM stats_daily WHERE stat_date = ? AND branch_id = ?", DAY, branch);
        assertThat(((Number) row.get("loans")).intValue()).isEqualTo(3);
        assertThat(((Number) row.get("returns_count")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("renewals")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("active_readers")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("overdue_loans")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("orders_picked_up")).intValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stats_daily WHERE stat_date = ? AND branch_id = ?", Integer.class,
                DAY, branch)).as("re-running replaces, never adds").isEqualTo(1);

        Answer series = getJson("/api/admin/stats/series" + range + "&branchId=" + branch, librarian);
        assertThat(series.status()).as(series.body()).isEqualTo(200);
        assertThat((Integer) series.read("$.data[0].loans")).isEqualTo(3);
        Answer monthly = getJson("/api/admin/stats/series?from=" + DAY.withDayOfMonth(1) + "&to=" + DAY.withDayOfMonth(31)
                + "&branchId=" + branch + "&granularity=MONTH", librarian);
        assertThat((String) monthly.read("$.data[0].period")).isEqualTo(DAY.withDayOfMonth(1).toString());
        Answer top = getJson("/api/admin/stats/top-titles" + range + "&branchId=" + branch, librarian);
        List<String> titles = top.read("$.data[*].name");
        assertThat(titles).containsExactly("最受欢迎的书", "偶尔有人借的书");
        assertThat((Integer) top.read("$.data[0].loans")).isEqualTo(2);
        Answer cards = getJson("/api/admin/stats/reader-activity" + range + "&branchId=" + branch, librarian);
        assertThat(cards.status()).as(cards.body()).isEqualTo(200);
        assertThat((Integer) cards.read("$.data[0].activeReaderDays")).isEqualTo(1);
        assertThat((Integer) cards.read("$.data[0].loans")).isEqualTo(3);
        var export = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/admin/stats/export" + range + "&branchId=" + branch), librarian);
        assertThat(export.status()).isEqualTo(200);
        List<java.util.Map<Integer, String>> topSheet = cn.idev.excel.FastExcel.read(new java.io.ByteArrayInputStream(
                        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                        .get("/api/admin/stats/export" + range + "&branchId=" + branch)
                                        .header("Authorization", "Bearer " + librarian))
                                .andReturn().getResponse().getContentAsByteArray()))
                .sheet("热门图书").doReadSync();
        assertThat(topSheet).extracting(r -> r.get(0)).containsExactly("最受欢迎的书", "偶尔有人借的书");

        Answer bad = getJson("/api/admin/stats/series?from=" + DAY + "&to=" + DAY.minusDays(1), librarian);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.msg()).contains("日期范围不正确");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Two instances firing statsRollupJob at the same moment (the local schedule on each, or the job and an operator):
     * both find the day empty and insert its rows; without the day's lock the second one failed on a duplicate key.
     */
    @Test
    void twoRollupsOfOneDayAtOnceNeverFailAndLeaveOneRowPerBranchAndDay() throws Exception {
        long branch = createBranch(unique("SR"));
        String admin = signedInStaff(Role.ADMIN, null);
        long book = createBook("两实例同时统计的书", branch, 1);
        long reader = createReader("统计并发读者", null).getId();
        LocalDate first = LocalDate.of(2033, 3, 1); // days no other test rolls up: each round starts from an empty day
        loan(reader, book, branch, first.minusDays(60).atTime(10, 0), null); // overdue on every day after: a row a day
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                LocalDate today = first.plusDays(2L * round); // the job rolls up yesterday and today
                clock.set(today.atTime(1, 30).atZone(zone).toInstant());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Answer>> runs = new ArrayList<>();
                for (int instance = 0; instance < 2; instance++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return postJson("/api/admin/jobs/statsRollupJob/run", Map.of(), admin);
                    }));
                }
                start.countDown();
                for (Future<Answer> run : runs) {
                    Answer answer = run.get();
                    assertThat(answer.status()).as("round %d: %s", round, answer.body()).isEqualTo(200);
                }
                assertThat(jdbc.queryForList("SELECT overdue_loans FROM stats_daily WHERE branch_id = ? AND stat_date IN (?, ?)",
                        Integer.class, branch, today.minusDays(1), today)).as("round %d", round).containsExactly(1, 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Day one: nothing rolled up yet (or rolled up this morning), and the 统计 page still shows today's figures. */
    @Test
    void todayIsCountedLiveAndThePastComesFromTheRollup() throws Exception {
        long branch = createBranch(unique("SL"));
        String librarian = signedInStaff(Role.LIBRARIAN, branch);
        String admin = signedInStaff(Role.ADMIN, null);
        long book = createBook("今天才借出的书", branch, 3);
        long reader = createReader("今日统计读者", null).getId();
        LocalDate today = LocalDate.of(2032, 8, 18); // a day no other test touches
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        loan(reader, book, branch, today.minusDays(1).atTime(15, 0), null);
        clock.set(today.atTime(8, 0).atZone(zone).toInstant());
        // the morning's rollup: yesterday final (one loan), today so far (nothing)
        assertThat(postJson("/api/admin/jobs/statsRollupJob/run", Map.of(), admin).status()).isEqualTo(200);
        loan(reader, book, branch, today.atTime(9, 0), null);
        loan(reader, book, branch, today.atTime(10, 0), today.atTime(11, 0));
        clock.set(today.atTime(12, 0).atZone(zone).toInstant());

        String range = "?from=" + today.minusDays(1) + "&to=" + today + "&branchId=" + branch;
        Answer series = getJson("/api/admin/stats/series" + range, librarian);
        assertThat(series.status()).as(series.body()).isEqualTo(200);
        assertThat((List<String>) series.read("$.data[*].period"))
                .containsExactly(today.minusDays(1).toString(), today.toString());
        assertThat((Integer) series.read("$.data[0].loans")).as("yesterday, from the rollup").isEqualTo(1);
        assertThat((Integer) series.read("$.data[1].loans")).as("today, live (the morning's rollup said 0)").isEqualTo(2);
        assertThat((Integer) series.read("$.data[1].returns")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(loans), 0) FROM stats_daily WHERE stat_date = ? AND branch_id = ?",
                Integer.class, today, branch)).as("the rollup row of today is stale").isZero();

        Answer top = getJson("/api/admin/stats/top-titles" + range, librarian);
        assertThat((List<String>) top.read("$.data[*].name")).containsExactly("今天才借出的书");
        assertThat((Integer) top.read("$.data[0].loans")).isEqualTo(3);
        Answer cards = getJson("/api/admin/stats/reader-activity" + range, librarian);
        assertThat((Integer) cards.read("$.data[0].loans")).isEqualTo(3);
        assertThat((Integer) cards.read("$.data[0].activeReaderDays")).isEqualTo(2);

        // only today: live alone
        Answer onlyToday = getJson("/api/admin/stats/series?from=" + today + "&to=" + today + "&branchId=" + branch, librarian);
        assertThat((Integer) onlyToday.read("$.data[0].loans")).isEqualTo(2);
    }

    private long loan(long reader, long book, long branch, LocalDateTime borrowed, LocalDateTime returned) {
        long copy = jdbc.queryForObject("SELECT id FROM book_copy WHERE book_id = ? ORDER BY id LIMIT 1", Long.class, book);
        jdbc.update("INSERT INTO loan (reader_id, book_id, copy_id, branch_id, status, borrowed_at, due_date, renew_count, returned_at, "
                        + "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, NOW(3), NOW(3))",
                reader, book, copy, branch, returned == null ? "ACTIVE" : "RETURNED", borrowed,
                borrowed.toLocalDate().plusDays(30), returned);
        return jdbc.queryForObject("SELECT MAX(id) FROM loan WHERE reader_id = ?", Long.class, reader);
    }
}
