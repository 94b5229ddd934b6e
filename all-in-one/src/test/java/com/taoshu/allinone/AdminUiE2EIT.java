package com.taoshu.allinone;

import static com.taoshu.allinone.JourneyHttp.get;
import static com.taoshu.allinone.JourneyHttp.post;
import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import com.jayway.jsonpath.JsonPath;
import com.taoshu.catalog.excel.ImportColumn;
import com.taoshu.testsupport.CleanDatabaseMigration;
import com.taoshu.testsupport.FakeAmap;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The librarians' web UI in a real browser: orders submitted through the reader API are approved, rejected with a
 * reason and handed over at the desk, an Excel sheet with one bad row is imported and the dashboard draws its charts;
 * then the 配送 page plans a slot with two DELIVERY orders and draws the routes (AMap faked on 127.0.0.1, a courier's
 * last ping on the map), a 送书上门 application is approved on the 读者 page and a FAILED notice is resent on 通知.
 * Reader services (issue #9): a news item is written (its script stripped by the server) and published, a suggestion is
 * answered, a title-only purchase request marked PURCHASED with its ISBN, a review hidden with a reason, an activity's
 * sign-ups listed and the 统计 page draws the series the ADMIN rolled up.
 * The browser part is {@code admin-console/web/e2e/flow.mjs} (playwright-core driving Debian's Chromium); screenshots
 * of each page land in {@code all-in-one/target/e2e-screenshots/}. Same context as {@link AllInOneDemoIT} (demo data).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabaseMigration.class)
@ActiveProfiles("demo")
class AdminUiE2EIT {

    private static final FakeAmap AMAP = new FakeAmap();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @org.springframework.test.context.DynamicPropertySource
    static void demoSchema(org.springframework.test.context.DynamicPropertyRegistry registry) {
        com.taoshu.testsupport.DemoSchema.register(registry);
        // delivery addresses are geocoded and travel times measured by AMap: a fake one on 127.0.0.1
        registry.add("taoshu.amap.key", () -> FakeAmap.KEY);
        registry.add("taoshu.amap.base-url", AMAP::baseUrl);
        // the browser plans the slot itself: no scheduled dispatchPlanJob / outbox run in between
        registry.add("xxl.job.local-fallback.enabled", () -> "false");
    }

    private static final Path WEB = Path.of("..", "admin-console", "web").toAbsolutePath().normalize();
    private static final BrowserJourney JOURNEY = new BrowserJourney("管理端", WEB);
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void librarianReviewsHandsOverImportsDispatchesAndSeesTheDashboard() throws Exception {
        JOURNEY.assumeRunnable(getClass(), "/static/index.html");

        String base = "http://127.0.0.1:" + port;
        assertThat(get(base + "/", null).body()).as("the UI is served at /").contains("<div id=\"app\">");
        assertThat(get(base + "/orders", null).body()).as("UI routes are forwarded to index.html").contains("<div id=\"app\">");

        // librarian1 reviews the queue of their branch (岳麓): the readers borrow there
        String librarianLogin = post(base + "/api/admin/auth/login", null,
                "{\"username\":\"librarian1\",\"password\":\"lib12345\"}").body();
        long branchId = ((Number) JsonPath.read(librarianLogin, "$.data.staff.branchId")).longValue();

        // CITY_WIDE readers (01, 02): their orders wait for a librarian
        String reader1 = readerToken(base, "demo-reader01");
        String reader2 = readerToken(base, "demo-reader02");
        List<Long> books = availableBooks(base, reader1, branchId, 6);
        String approveNo = submitOrder(base, reader1, books.get(0), branchId);
        String rejectNo = submitOrder(base, reader2, books.get(1), branchId);

        // 配送: two readers approved for home delivery (demo readers 10 and 20, 岳麓) book the next open slot; the
        // librarian approves, so both wait for dispatch; courier 李师傅 has reported where he is
        String librarianToken = JsonPath.read(librarianLogin, "$.data.token");
        Slot slot = nextOpenSlot(base, reader1, branchId);
        Map<String, Object> depot = jdbc.queryForMap("SELECT lat, lng FROM branch WHERE id = ?", branchId);
        double lat = ((Number) depot.get("lat")).doubleValue();
        double lng = ((Number) depot.get("lng")).doubleValue();
        long delivery1 = submitDelivery(base, readerToken(base, "demo-reader10"), books.get(2), branchId, slot, lat + 0.006, lng + 0.004);
        long delivery2 = submitDelivery(base, readerToken(base, "demo-reader20"), books.get(3), branchId, slot, lat - 0.003, lng + 0.008);
        for (long order : List.of(delivery1, delivery2)) {
            HttpResponse<String> approved = post(base + "/api/admin/orders/" + order + "/approve", librarianToken, "{}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(orderStatusById(order)).isEqualTo("AWAITING_DISPATCH");
        }
        String courierLogin = post(base + "/api/courier/auth/login", null, "{\"phone\":\"13900000001\",\"password\":\"courier123\"}").body();
        HttpResponse<String> ping = post(base + "/api/courier/location", JsonPath.read(courierLogin, "$.data.token"),
                "{\"lat\":" + (lat + 0.002) + ",\"lng\":" + (lng - 0.003) + "}");
        assertThat(ping.statusCode()).as(ping.body()).isEqualTo(200);

        // 读者 → 送书上门申请: demo reader 04 (刘淑珍, not yet eligible) applies
        HttpResponse<String> applied = post(base + "/api/app/delivery/applications", readerToken(base, "demo-reader04"),
                "{\"reason\":\"ELDERLY\",\"note\":\"年纪大了，腿脚不便\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);

        // 通知: the approval of delivery1 queued an ORDER_APPROVED notice; its send ended with an unknown outcome
        long failedNotice = jdbc.queryForObject("SELECT id FROM notice WHERE kind = 'ORDER_APPROVED' AND subject_id = ?",
                Long.class, delivery1);
        jdbc.update("UPDATE notice SET status = 'FAILED', attempts = 1, last_error = '读取超时，发送结果未知' WHERE id = ?", failedNotice);

        // reader services (issue #9): a suggestion and a title-only purchase request from reader 03; reader 01 borrows a
        // fifth title (approved and handed over through the admin API) and reviews it; an activity with one sign-up;
        // the statistics of yesterday and today rolled up by the ADMIN so the 统计 page has a point to draw
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String reader3 = readerToken(base, "demo-reader03");
        String suggestionText = "希望周末延长开放时间 " + tag;
        HttpResponse<String> suggestion = post(base + "/api/app/suggestions", reader3,
                "{\"category\":\"SERVICE\",\"content\":\"" + suggestionText + "\"}");
        assertThat(suggestion.statusCode()).as(suggestion.body()).isEqualTo(200);
        long suggestionId = ((Number) JsonPath.read(suggestion.body(), "$.data.id")).longValue();
        String purchaseTitle = "E2E荐购测试书" + tag;
        HttpResponse<String> purchase = post(base + "/api/app/purchase-requests", reader3,
                "{\"title\":\"" + purchaseTitle + "\",\"author\":\"荐购作者\",\"reason\":\"孩子想看\",\"branchId\":" + branchId + "}");
        assertThat(purchase.statusCode()).as(purchase.body()).isEqualTo(200);
        long purchaseId = ((Number) JsonPath.read(purchase.body(), "$.data.id")).longValue();
        String purchaseIsbn = isbn13("978" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));

        String borrowNo = submitOrder(base, reader1, books.get(4), branchId);
        long borrowId = jdbc.queryForObject("SELECT id FROM borrow_order WHERE order_no = ?", Long.class, borrowNo);
        for (String step : List.of("approve", "pickup")) {
            HttpResponse<String> r = post(base + "/api/admin/orders/" + borrowId + "/" + step, librarianToken, "{}");
            assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(200);
        }
        String reviewText = "E2E书评：故事很好看，推荐 " + tag;
        HttpResponse<String> review = post(base + "/api/app/books/" + books.get(4) + "/reviews", reader1,
                "{\"rating\":4,\"content\":\"" + reviewText + "\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        long reviewId = ((Number) JsonPath.read(review.body(), "$.data.id")).longValue();
        String borrowedTitle = jdbc.queryForObject("SELECT title FROM book WHERE id = ?", String.class, books.get(4));

        // 逾期: reader 02 borrows a sixth title (approved and handed over through the admin API), due ten days ago;
        // the librarian marks it LOST from the 逾期与赔偿 page. 盘点: one AVAILABLE copy of the branch to scan.
        String overdueNo = submitOrder(base, reader2, books.get(5), branchId);
        long overdueOrderId = jdbc.queryForObject("SELECT id FROM borrow_order WHERE order_no = ?", Long.class, overdueNo);
        for (String step : List.of("approve", "pickup")) {
            HttpResponse<String> r = post(base + "/api/admin/orders/" + overdueOrderId + "/" + step, librarianToken, "{}");
            assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(200);
        }
        long overdueLoan = jdbc.queryForObject("SELECT l.id FROM loan l JOIN borrow_order o ON o.reader_id = l.reader_id "
                + "WHERE o.id = ? AND l.book_id = ? AND l.status = 'ACTIVE'", Long.class, overdueOrderId, books.get(5));
        assertThat(jdbc.update("UPDATE loan SET due_date = ? WHERE id = ?", LocalDate.now(SHANGHAI).minusDays(10), overdueLoan)).isEqualTo(1);
        String overdueBarcode = jdbc.queryForObject("SELECT c.barcode FROM loan l JOIN book_copy c ON c.id = l.copy_id WHERE l.id = ?",
                String.class, overdueLoan);
        String stockBarcode = jdbc.queryForObject("SELECT barcode FROM book_copy WHERE branch_id = ? AND status = 'AVAILABLE' "
                + "AND book_id NOT IN (?, ?, ?, ?, ?, ?) ORDER BY id LIMIT 1", String.class, branchId,
                books.get(0), books.get(1), books.get(2), books.get(3), books.get(4), books.get(5));
        // 预约: every copy of an untouched title at the branch is out, reader 03 queues for it; the desk cancels it
        long stockBook = jdbc.queryForObject("SELECT book_id FROM book_copy WHERE barcode = ?", Long.class, stockBarcode);
        long reservedBook = availableBooks(base, reader1, branchId, 2).stream().filter(b -> b != stockBook).findFirst().orElseThrow();
        jdbc.update("UPDATE book_copy SET status = 'ON_LOAN' WHERE book_id = ? AND branch_id = ?", reservedBook, branchId);
        HttpResponse<String> reserved = post(base + "/api/app/reservations", reader3,
                "{\"bookId\":" + reservedBook + ",\"branchId\":" + branchId + "}");
        assertThat(reserved.statusCode()).as(reserved.body()).isEqualTo(200);
        long reservationId = ((Number) JsonPath.read(reserved.body(), "$.data.id")).longValue();
        String reservedTitle = jdbc.queryForObject("SELECT title FROM book WHERE id = ?", String.class, reservedBook);

        // the desk at scanner speed (issue 18): reader 02 has had a copy for 33 days and reader 05 waits for the title —
        // the desk returns it by barcode on 还书; reader 01 borrows a book in hand on 借书 with their e-card
        // (the search index may still list the reserved title as on the shelf: it and the stock-take title are left out)
        List<Long> deskBooks = availableBooks(base, reader1, branchId, 5).stream().filter(b -> b != stockBook && b != reservedBook)
                .limit(2).toList();
        long returnBook = deskBooks.get(0);
        long checkoutBook = deskBooks.get(1);
        jdbc.update("UPDATE book_copy SET status = 'ON_LOAN' WHERE book_id = ? AND branch_id = ?", returnBook, branchId);
        long returnCopy = jdbc.queryForObject("SELECT id FROM book_copy WHERE book_id = ? AND branch_id = ? ORDER BY id LIMIT 1",
                Long.class, returnBook, branchId);
        long reader2Id = jdbc.queryForObject("SELECT id FROM reader WHERE openid = 'demo-openid-reader02'", Long.class);
        java.time.LocalDateTime borrowedAt = java.time.LocalDateTime.now(SHANGHAI).minusDays(33);
        jdbc.update("INSERT INTO loan (reader_id, book_id, copy_id, branch_id, status, borrowed_at, due_date, renew_count, version, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 0, 0, NOW(3), NOW(3))",
                reader2Id, returnBook, returnCopy, branchId, borrowedAt, borrowedAt.toLocalDate().plusDays(30));
        HttpResponse<String> waiting = post(base + "/api/app/reservations", readerToken(base, "demo-reader05"),
                "{\"bookId\":" + returnBook + ",\"branchId\":" + branchId + "}");
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);
        String returnBarcode = jdbc.queryForObject("SELECT barcode FROM book_copy WHERE id = ?", String.class, returnCopy);
        String returnTitle = jdbc.queryForObject("SELECT title FROM book WHERE id = ?", String.class, returnBook);
        String checkoutBarcode = jdbc.queryForObject("SELECT barcode FROM book_copy WHERE book_id = ? AND branch_id = ? "
                + "AND status = 'AVAILABLE' ORDER BY id LIMIT 1", String.class, checkoutBook, branchId);

        LocalDate today = LocalDate.now(SHANGHAI);
        String activityTitle = "E2E亲子共读 " + tag;
        HttpResponse<String> activity = post(base + "/api/admin/activities", librarianToken, "{\"branchId\":" + branchId
                + ",\"title\":\"" + activityTitle + "\",\"place\":\"一楼绘本区\",\"startsAt\":\"" + today.plusDays(3)
                + "T10:00:00\",\"endsAt\":\"" + today.plusDays(3) + "T11:30:00\",\"capacity\":10}");
        assertThat(activity.statusCode()).as(activity.body()).isEqualTo(200);
        long activityId = ((Number) JsonPath.read(activity.body(), "$.data.id")).longValue();
        HttpResponse<String> signup = post(base + "/api/app/activities/" + activityId + "/signups", reader3, "{}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(200);

        String adminToken = JsonPath.read(post(base + "/api/admin/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"admin123\"}").body(), "$.data.token");
        HttpResponse<String> rollup = post(base + "/api/admin/stats/rollup?from=" + today.minusDays(1) + "&to=" + today, adminToken, "{}");
        assertThat(rollup.statusCode()).as(rollup.body()).isEqualTo(200);
        HttpResponse<String> forbidden = post(base + "/api/admin/stats/rollup?from=" + today + "&to=" + today, librarianToken, "{}");
        assertThat(forbidden.statusCode()).as("重算 is ADMIN-only").isEqualTo(403);
        String newsTitle = "E2E阅读资讯 " + tag;

        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) {
            // this flow's own pictures only: the couriers' app journey keeps its courier-*.png in the same folder
            for (Path p : old.filter(p -> p.toString().endsWith(".png")
                    && !p.getFileName().toString().startsWith("courier-")).toList()) {
                Files.delete(p);
            }
        }
        Path xlsx = SCREENSHOTS.resolve("import-one-bad-row.xlsx");
        writeImportSheet(xlsx);

        Map<String, Object> trustRule = jdbc.queryForMap(
                "SELECT suspend_after_overdue_days, reservation_limit FROM borrow_rule WHERE card_type = 'COMMUNITY_TRUST'");
        assertThat(trustRule).as("the flow sets 45 / 4: it must not be the value already").doesNotContainValue(45);

        Map<String, String> env = new HashMap<>();
        env.putAll(Map.of("E2E_APPROVE_ORDER", approveNo, "E2E_REJECT_ORDER", rejectNo,
                "E2E_XLSX", xlsx.toString(),
                "E2E_DELIVERY_ORDERS", orderNo(delivery1) + "," + orderNo(delivery2),
                "E2E_SLOT_DATE", slot.date(), "E2E_SLOT_START", slot.start(),
                "E2E_APPLICANT", "刘淑珍", "E2E_FAILED_NOTICE", String.valueOf(failedNotice)));
        env.putAll(Map.of("E2E_SUGGESTION_TEXT", suggestionText, "E2E_PURCHASE_TITLE", purchaseTitle,
                "E2E_PURCHASE_ISBN", purchaseIsbn, "E2E_REVIEW_TEXT", reviewText, "E2E_TOP_TITLE", borrowedTitle,
                "E2E_NEWS_TITLE", newsTitle, "E2E_ACTIVITY_TITLE", activityTitle));
        String courierPhone = "13" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        String branchName = jdbc.queryForObject("SELECT name FROM branch WHERE id = ?", String.class, branchId);
        env.putAll(Map.of("E2E_OVERDUE_BARCODE", overdueBarcode, "E2E_STOCK_BARCODE", stockBarcode,
                "E2E_RESERVED_TITLE", reservedTitle, "E2E_COURIER_PHONE", courierPhone, "E2E_BRANCH_NAME", branchName));
        env.putAll(Map.of("E2E_READER_TOKEN", reader1, "E2E_RETURN_BARCODE", returnBarcode,
                "E2E_RETURN_TITLE", returnTitle, "E2E_CHECKOUT_BARCODE", checkoutBarcode));
        JOURNEY.run("e2e/flow.mjs", List.of(base, SCREENSHOTS.toString()), env, SCREENSHOTS.resolve("flow.log"),
                Duration.ofMinutes(3));

        // the ADMIN ended librarian1's sessions on 员工 → 会话: the token of the setup's login is worthless now
        assertThat(get(base + "/api/admin/auth/me", librarianToken).statusCode()).isEqualTo(401);

        // 萧梓涵 (诚信通) was moved to 芙蓉 at the desk, with the reason in her card history
        assertThat(jdbc.queryForObject("SELECT b.name FROM reader r JOIN branch b ON b.id = r.home_branch_id "
                + "WHERE r.openid = 'demo-openid-reader30'", String.class)).isEqualTo("芙蓉社区图书馆");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_card_history h JOIN reader r ON r.id = h.reader_id "
                + "WHERE r.openid = 'demo-openid-reader30' AND h.action = 'HOME_BRANCH' AND h.reason = '搬家到芙蓉区'",
                Integer.class)).isEqualTo(1);

        // what the clicks did, in the database
        assertThat(orderStatus(approveNo)).isEqualTo("PICKED_UP");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan l JOIN borrow_order o ON o.reader_id = l.reader_id "
                + "WHERE o.order_no = ? AND l.book_id = ? AND l.status = 'ACTIVE'", Integer.class, approveNo, books.get(0))).isEqualTo(1);
        // the desk at scanner speed: returned by barcode and kept for reader 05 at a shelf slot; lent without an order
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE copy_id = ? AND reader_id = ?", String.class, returnCopy, reader2Id))
                .as("returned on 还书").isEqualTo("RETURNED");
        Map<String, Object> keptFor = jdbc.queryForMap("SELECT r.openid, o.status, o.shelf_slot FROM book_copy c "
                + "JOIN borrow_order o ON o.id = c.held_by_order_id JOIN reader r ON r.id = o.reader_id WHERE c.id = ?", returnCopy);
        assertThat(keptFor).containsEntry("openid", "demo-openid-reader05").containsEntry("status", "READY_FOR_PICKUP");
        assertThat((String) keptFor.get("shelf_slot")).matches("[A-Z]-\\d{2}");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan l JOIN book_copy c ON c.id = l.copy_id JOIN reader r ON r.id = l.reader_id "
                + "WHERE c.barcode = ? AND r.openid = 'demo-openid-reader01' AND l.status = 'ACTIVE' AND l.order_id IS NULL",
                Integer.class, checkoutBarcode)).as("lent on 借书").isEqualTo(1);
        assertThat(orderStatus(rejectNo)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT reject_reason FROM borrow_order WHERE order_no = ?", String.class, rejectNo))
                .isEqualTo("该书已被预约，暂不外借");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book WHERE title = 'E2E导入测试书'", Integer.class)).isEqualTo(1);
        for (long order : List.of(delivery1, delivery2)) {
            assertThat(orderStatusById(order)).as("planned from the 配送 page").isEqualTo("DISPATCHED");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop s JOIN delivery_route r ON r.id = s.route_id "
                + "WHERE r.slot_id = ? AND s.order_id IN (?, ?)", Integer.class, slot.id(), delivery1, delivery2)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT delivery_eligibility FROM reader WHERE openid = 'demo-openid-reader04'", String.class))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT status FROM delivery_application a JOIN reader r ON r.id = a.reader_id "
                + "WHERE r.openid = 'demo-openid-reader04'", String.class)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE id = ?", String.class, failedNotice))
                .as("resent from the 通知 page").isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_attempt WHERE notice_id = ? AND outcome = 'RESEND'",
                Integer.class, failedNotice)).isEqualTo(1);
        // reader services, from the new pages
        Map<String, Object> news = jdbc.queryForMap("SELECT status, body_html, published_at FROM reading_news WHERE title = ?", newsTitle);
        assertThat(news.get("status")).as("published from the 阅读资讯 page").isEqualTo("PUBLISHED");
        assertThat(news.get("published_at")).isNotNull();
        assertThat((String) news.get("body_html")).contains("读书会").doesNotContain("<script").doesNotContain("onerror");
        assertThat(jdbc.queryForObject("SELECT reply FROM reader_suggestion WHERE id = ?", String.class, suggestionId))
                .as("replied from the 读者建议 page").isEqualTo("感谢建议，周末开放时间将延长到晚上八点");
        Map<String, Object> bought = jdbc.queryForMap("SELECT status, isbn FROM reader_suggestion WHERE id = ?", purchaseId);
        assertThat(bought.get("status")).as("marked purchased from the 读者建议 page").isEqualTo("PURCHASED");
        assertThat(bought.get("isbn")).as("the ISBN the librarian filled in").isEqualTo(purchaseIsbn);
        Map<String, Object> hidden = jdbc.queryForMap("SELECT status, hidden_reason FROM book_review WHERE id = ?", reviewId);
        assertThat(hidden.get("status")).as("hidden from the 书评管理 page").isEqualTo("HIDDEN");
        assertThat(hidden.get("hidden_reason")).isEqualTo("含有广告信息");
        // 逾期与赔偿 and 盘点, from the new pages
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, overdueLoan))
                .as("marked LOST from the 逾期与赔偿 page").isEqualTo("LOST");
        Map<String, Object> compensation = jdbc.queryForMap("SELECT outcome, status, amount_fen, note FROM compensation WHERE loan_id = ?",
                overdueLoan);
        assertThat(compensation.get("outcome")).isEqualTo("LOST");
        assertThat(compensation.get("status")).isEqualTo("UNPAID");
        assertThat(compensation.get("note")).isEqualTo("读者称书在搬家时遗失");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_take WHERE branch_id = ? AND status = 'FINISHED'", Integer.class, branchId))
                .as("a stock-take finished from the 盘点 page").isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT status, note FROM reservation WHERE id = ?", reservationId))
                .as("cancelled at the desk on the 预约与上门取还 page")
                .containsEntry("status", "CANCELLED").containsEntry("note", "馆员取消：读者来电取消");
        Map<String, Object> newCourier = jdbc.queryForMap("SELECT c.branch_id, c.vehicle, c.bag_capacity FROM courier c "
                + "JOIN staff s ON s.id = c.staff_id WHERE s.phone = ? AND s.role = 'COURIER'", courierPhone);
        assertThat(((Number) newCourier.get("branch_id")).longValue()).as("made on 员工, planned at once").isEqualTo(branchId);
        assertThat(newCourier.get("vehicle")).isEqualTo("EBIKE");
        Map<String, Object> savedRule = jdbc.queryForMap(
                "SELECT suspend_after_overdue_days, reservation_limit FROM borrow_rule WHERE card_type = 'COMMUNITY_TRUST'");
        assertThat(((Number) savedRule.get("suspend_after_overdue_days")).intValue()).as("saved on the 借阅规则 page").isEqualTo(45);
        assertThat(((Number) savedRule.get("reservation_limit")).intValue()).as("saved on the 借阅规则 page").isEqualTo(4);
        jdbc.update("UPDATE borrow_rule SET suspend_after_overdue_days = ?, reservation_limit = ? WHERE card_type = 'COMMUNITY_TRUST'",
                trustRule.get("suspend_after_overdue_days"), trustRule.get("reservation_limit"));
        try (var shots = Files.list(SCREENSHOTS)) {
            assertThat(shots.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(25);
        }
    }

    private record Slot(long id, String date, String start) {
    }

    /** The first delivery slot still open for booking at the branch: today's, else tomorrow's. */
    private Slot nextOpenSlot(String base, String token, long branchId) throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        for (LocalDate date : List.of(today, today.plusDays(1))) {
            HttpResponse<String> slots = get(base + "/api/app/delivery-slots?branchId=" + branchId + "&date=" + date, token);
            assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
            List<Number> open = JsonPath.read(slots.body(), "$.data[?(@.bookable == true)].id");
            if (!open.isEmpty()) {
                List<String> starts = JsonPath.read(slots.body(), "$.data[?(@.bookable == true)].startTime");
                return new Slot(open.getFirst().longValue(), date.toString(), starts.getFirst().substring(0, 5));
            }
        }
        throw new IllegalStateException("no open delivery slot today or tomorrow at branch " + branchId);
    }

    /** A DELIVERY order for one title to a new address (placed by the fake AMap at lat/lng), submitted by the reader. */
    private long submitDelivery(String base, String token, long bookId, long branchId, Slot slot, double lat, double lng)
            throws Exception {
        String street = "岳麓区送书测试路" + UUID.randomUUID().toString().substring(0, 6) + "号";
        AMAP.place(street, lat, lng);
        HttpResponse<String> address = post(base + "/api/app/addresses", token,
                "{\"contactName\":\"收件人\",\"phone\":\"13800000000\",\"address\":\"" + street + "\",\"isDefault\":true}");
        assertThat(address.statusCode()).as(address.body()).isEqualTo(200);
        long addressId = ((Number) JsonPath.read(address.body(), "$.data.id")).longValue();
        HttpResponse<String> added = post(base + "/api/app/cart/items", token, "{\"bookId\":" + bookId + ",\"branchId\":" + branchId + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        List<Number> itemIds = JsonPath.read(added.body(), "$.data.items[?(@.bookId == " + bookId + ")].id");
        HttpResponse<String> order = post(base + "/api/app/orders", token, "{\"cartItemIds\":[" + itemIds.getFirst()
                + "],\"fulfilment\":\"DELIVERY\",\"addressId\":" + addressId + ",\"slotId\":" + slot.id() + "}");
        assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
        return ((Number) JsonPath.read(order.body(), "$.data.order.id")).longValue();
    }

    private String orderStatusById(long id) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, id);
    }

    private String orderNo(long id) {
        return jdbc.queryForObject("SELECT order_no FROM borrow_order WHERE id = ?", String.class, id);
    }

    private String orderStatus(String orderNo) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE order_no = ?", String.class, orderNo);
    }

    private String readerToken(String base, String code) throws Exception {
        HttpResponse<String> login = post(base + "/api/app/auth/wx-login", null, "{\"code\":\"" + code + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return JsonPath.read(login.body(), "$.data.token");
    }

    /** Titles with copies on the shelf at the branch that no test has put in an open order yet. */
    private List<Long> availableBooks(String base, String token, long branchId, int count) throws Exception {
        HttpResponse<String> page = get(base + "/api/app/books?branchId=" + branchId + "&availableOnly=true&size=50", token);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<Number> ids = JsonPath.read(page.body(), "$.data.records[*].id");
        List<Long> free = new ArrayList<>();
        for (Number id : ids) {
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order_line WHERE book_id = ?", Integer.class, id.longValue());
            if (open != null && open == 0) {
                free.add(id.longValue());
            }
            if (free.size() == count) {
                return free;
            }
        }
        throw new IllegalStateException("demo catalog has fewer than " + count + " untouched titles at branch " + branchId);
    }

    private String submitOrder(String base, String token, long bookId, long branchId) throws Exception {
        HttpResponse<String> added = post(base + "/api/app/cart/items", token,
                "{\"bookId\":" + bookId + ",\"branchId\":" + branchId + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        List<Number> itemIds = JsonPath.read(added.body(), "$.data.items[?(@.bookId == " + bookId + ")].id");
        HttpResponse<String> order = post(base + "/api/app/orders", token,
                "{\"cartItemIds\":[" + itemIds.getFirst() + "],\"fulfilment\":\"PICKUP\"}");
        assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(order.body(), "$.data.order.status")).as("CITY_WIDE orders wait for review").isEqualTo("SUBMITTED");
        return JsonPath.read(order.body(), "$.data.order.orderNo");
    }

    /** Header + one good row (new title, valid ISBN) + one row whose ISBN check digit is wrong (Excel row 3). */
    private static void writeImportSheet(Path file) throws IOException {
        List<List<String>> head = ImportColumn.headers().stream().map(List::of).toList();
        String goodIsbn = isbn13("978" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
        String badIsbn = "9787020002208";
        Object[] good = new Object[ImportColumn.values().length];
        Object[] bad = new Object[ImportColumn.values().length];
        good[ImportColumn.ISBN.ordinal()] = goodIsbn;
        good[ImportColumn.TITLE.ordinal()] = "E2E导入测试书";
        good[ImportColumn.AUTHOR.ordinal()] = "测试作者";
        bad[ImportColumn.ISBN.ordinal()] = badIsbn;
        bad[ImportColumn.TITLE.ordinal()] = "校验位错误的书 " + UUID.randomUUID().toString().substring(0, 8);
        bad[ImportColumn.AUTHOR.ordinal()] = "测试作者";
        List<List<Object>> rows = List.of(Arrays.asList(good), Arrays.asList(bad));
        FastExcel.write(file.toFile()).head(head).excelType(ExcelTypeEnum.XLSX).sheet("书目导入").doWrite(rows);
    }

    private static String isbn13(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return first12 + (10 - sum % 10) % 10;
    }
}
