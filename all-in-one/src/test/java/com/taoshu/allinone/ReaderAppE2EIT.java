package com.taoshu.allinone;

import static com.taoshu.allinone.JourneyHttp.get;
import static com.taoshu.allinone.JourneyHttp.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.taoshu.testsupport.CleanDatabaseMigration;
import com.taoshu.testsupport.OwnSchema;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The readers' app (miniapp/, H5 build served at /m/) in a real browser at phone size (390×844): demo reader 05
 * (陈志强, 芙蓉) searches 骆驼祥子 by its pinyin, puts it in the cart, borrows it for pickup; librarian2 approves through
 * the admin API; the reader sees 待取书 with the holding-shelf deadline and renews a loan on 我的; then in 长辈模式 the
 * same search and orders with every text ≥ 18 px, every button ≥ 48 px and nothing wider than the phone.
 * In between ({@code e2e/steps/content.mjs}) the reader reviews 活着, files a 荐购 and a 建议 (and withdraws the
 * 建议), and signs up for an activity librarian2 created through the admin API (the demo data has none).
 * The browser part is {@code miniapp/e2e/journey.mjs} (playwright-core driving Debian's Chromium); screenshots of each
 * page land in {@code miniapp/test-results/}. Demo data in a schema of its own.
 * <p>Reader 05 is approved for home delivery (demo data): {@code miniapp/e2e/steps/delivery.mjs} adds an address by
 * picking a point on the (stubbed) map, orders a book for delivery in tomorrow's first slot with a half hour; the
 * journey approves and plans the slot through the admin API, one of 芙蓉's couriers sets off and reports a position
 * through the courier API, and the reader sees the courier, the ETA and the 交接码; then a return pickup is asked for
 * and cancelled on 上门取还, and 设置 and the privacy page are shown. Checked here in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabaseMigration.class)
@ActiveProfiles("demo")
class ReaderAppE2EIT {

    private static final Path APP = Path.of("..", "miniapp").toAbsolutePath().normalize();
    private static final BrowserJourney JOURNEY = new BrowserJourney("读者端", APP);
    private static final Path SCREENSHOTS = APP.resolve("test-results");
    private static final String TITLE = "骆驼祥子";
    private static final String PINYIN = "luotuoxiangzi";
    private static final String LOAN_TITLE = "活着";
    private static final String BRANCH = "芙蓉社区图书馆";
    private static final String ACTIVITY = "周末亲子共读：绘本里的四季";
    /** The point the stubbed map picker answers (GCJ-02), about 550 m from 芙蓉社区图书馆. */
    private static final double PICK_LAT = 28.2052;
    private static final double PICK_LNG = 113.0301;

    @DynamicPropertySource
    static void ownDemoSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, "_reader_app");
        registry.add("taoshu.demo.today-route", () -> "false");
        // no scheduled job runs in between (holds expiring, notices sent) while the browser clicks
        registry.add("xxl.job.local-fallback.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readerSearchesByPinyinBorrowsForPickupRenewsAndUsesElderMode() throws Exception {
        JOURNEY.assumeRunnable(getClass(), "/META-INF/resources/m/index.html");

        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> index = get(base + "/m/", null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).as("the H5 app is served at /m/").contains("<div id=\"app\">").contains("/m/assets/");
        assertThat(index.headers().firstValue("Content-Security-Policy")).as("the app's CSP covers /m/ too")
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(get(base + "/m", null).statusCode()).as("/m redirects to /m/").isEqualTo(302);

        // reader 05 has 活着 on loan (borrowed and handed over through the APIs), so 我的 has a loan to renew
        String readerLogin = post(base + "/api/app/auth/wx-login", null, "{\"code\":\"demo-reader05\"}").body();
        long readerId = ((Number) JsonPath.read(readerLogin, "$.data.reader.id")).longValue();
        String readerToken = JsonPath.read(readerLogin, "$.data.token");
        long branchId = jdbc.queryForObject("SELECT id FROM branch WHERE name = ?", Long.class, BRANCH);
        String staffLogin = post(base + "/api/admin/auth/login", null, "{\"username\":\"librarian2\",\"password\":\"lib12345\"}").body();
        assertThat(JsonPath.<Number>read(staffLogin, "$.data.staff.branchId").longValue()).as("librarian2 works at 芙蓉").isEqualTo(branchId);
        String staffToken = JsonPath.read(staffLogin, "$.data.token");
        long loanOrder = borrowAndHandOver(base, readerToken, staffToken, bookId(LOAN_TITLE), branchId);
        long loanId = jdbc.queryForObject("SELECT id FROM loan WHERE reader_id = ? AND book_id = ? AND status = 'ACTIVE'",
                Long.class, readerId, bookId(LOAN_TITLE));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND branch_id = ? AND status = 'AVAILABLE'",
                Integer.class, bookId(TITLE), branchId)).as(TITLE + " is on the shelf at " + BRANCH).isPositive();

        // an upcoming activity at the reader's branch (the demo data has none), created as librarian2 would
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).truncatedTo(ChronoUnit.HOURS).withHour(10);
        HttpResponse<String> created = post(base + "/api/admin/activities", staffToken, ("{\"branchId\":%d,\"title\":\"%s\","
                + "\"description\":\"带孩子一起读四季绘本，做一张树叶书签。\",\"place\":\"二楼少儿阅览区\","
                + "\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"capacity\":20}").formatted(branchId, ACTIVITY, start, start.plusHours(2)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long activityId = ((Number) JsonPath.read(created.body(), "$.data.id")).longValue();

        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(p);
            }
        }
        // a third title with a free copy at 芙蓉, ordered for delivery
        long deliveryBook = jdbc.queryForObject("SELECT c.book_id FROM book_copy c JOIN book b ON b.id = c.book_id "
                + "WHERE c.branch_id = ? AND c.status = 'AVAILABLE' AND b.title NOT IN (?, ?) ORDER BY c.book_id LIMIT 1",
                Long.class, branchId, TITLE, LOAN_TITLE);
        assertThat(jdbc.queryForObject("SELECT delivery_eligibility FROM reader WHERE id = ?", String.class, readerId))
                .as("demo reader 05 may have books delivered").isEqualTo("APPROVED");
        String couriers = String.join(",", jdbc.queryForList("SELECT s.phone FROM staff s JOIN courier c ON c.staff_id = s.id "
                + "WHERE c.branch_id = ? ORDER BY s.id", String.class, branchId));
        Map<String, String> env = new java.util.HashMap<>(Map.of("E2E_READER", "demo-reader05", "E2E_PINYIN", PINYIN, "E2E_TITLE", TITLE,
                "E2E_BRANCH_NAME", BRANCH, "E2E_LIBRARIAN", "librarian2", "E2E_LIBRARIAN_PASSWORD", "lib12345",
                "E2E_LOAN_TITLE", LOAN_TITLE, "E2E_ACTIVITY_TITLE", ACTIVITY));
        env.putAll(Map.of("E2E_DELIVERY_BOOK_ID", String.valueOf(deliveryBook), "E2E_BRANCH_ID", String.valueOf(branchId),
                "E2E_COURIER_PHONES", couriers, "E2E_COURIER_PASSWORD", "courier123",
                "E2E_PICK_LAT", String.valueOf(PICK_LAT), "E2E_PICK_LNG", String.valueOf(PICK_LNG)));
        String output = JOURNEY.run("e2e/journey.mjs", List.of(base, SCREENSHOTS.toString()), env,
                SCREENSHOTS.resolve("journey.log"), Duration.ofMinutes(8));

        // what the taps did, in the database
        Matcher m = Pattern.compile("E2E_ORDER_ID=(\\d+)").matcher(output);
        assertThat(m.find()).as("the journey reports the order it placed").isTrue();
        long orderId = Long.parseLong(m.group(1));
        assertThat(orderId).isNotEqualTo(loanOrder);
        Map<String, Object> order = jdbc.queryForMap("SELECT reader_id, branch_id, fulfilment, status, pickup_deadline "
                + "FROM borrow_order WHERE id = ?", orderId);
        assertThat(((Number) order.get("reader_id")).longValue()).isEqualTo(readerId);
        assertThat(((Number) order.get("branch_id")).longValue()).isEqualTo(branchId);
        assertThat(order.get("fulfilment")).isEqualTo("PICKUP");
        assertThat(order.get("status")).as("approved by librarian2: on the holding shelf").isEqualTo("READY_FOR_PICKUP");
        assertThat(order.get("pickup_deadline")).isNotNull();
        assertThat(jdbc.queryForList("SELECT book_id FROM borrow_order_line WHERE order_id = ?", Long.class, orderId))
                .containsExactly(bookId(TITLE));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_history WHERE order_id = ? AND to_status = 'SUBMITTED'",
                Integer.class, orderId)).as("submitted once, whatever the retries").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT renew_count FROM loan WHERE id = ?", Integer.class, loanId))
                .as("renewed on 我的").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cart_item WHERE reader_id = ?", Integer.class, readerId))
                .as("the submitted line left the cart").isZero();

        // 书评, 建议/荐购 and 活动 from steps/content.mjs
        List<Map<String, Object>> reviews = jdbc.queryForList("SELECT book_id, rating, content, status FROM book_review WHERE reader_id = ?", readerId);
        assertThat(reviews).as("one review by the reader, of the book on loan").hasSize(1);
        assertThat(((Number) reviews.getFirst().get("book_id")).longValue()).isEqualTo(bookId(LOAN_TITLE));
        assertThat(((Number) reviews.getFirst().get("rating")).intValue()).as("four stars tapped").isEqualTo(4);
        assertThat((String) reviews.getFirst().get("content")).startsWith("活着让我");
        assertThat(reviews.getFirst().get("status")).isIn("VISIBLE", "PENDING");
        List<Map<String, Object>> suggestions = jdbc.queryForList(
                "SELECT type, category, title, author, status, branch_id FROM reader_suggestion WHERE reader_id = ? ORDER BY id", readerId);
        assertThat(suggestions).as("one purchase request, then one suggestion").hasSize(2);
        assertThat(suggestions.get(0)).containsEntry("type", "PURCHASE").containsEntry("title", "额尔古纳河右岸")
                .containsEntry("author", "迟子建").containsEntry("status", "SUBMITTED");
        assertThat(((Number) suggestions.get(0).get("branch_id")).longValue()).as("bought for the home branch").isEqualTo(branchId);
        assertThat(suggestions.get(1)).containsEntry("type", "SUGGESTION").containsEntry("category", "SERVICE")
                .as("withdrawn on its detail page").containsEntry("status", "WITHDRAWN");
        assertThat(jdbc.queryForList("SELECT status FROM activity_signup WHERE reader_id = ? AND activity_id = ?", String.class,
                readerId, activityId)).as("one sign-up for the activity").containsExactly("SIGNED_UP");
        assertThat(jdbc.queryForObject("SELECT signed_up FROM reading_activity WHERE id = ?", Integer.class, activityId))
                .as("one place taken").isEqualTo(1);

        // 送书上门: the order placed on the phone, for the slot and half hour chosen, to the point picked, on its way
        Matcher d = Pattern.compile("E2E_DELIVERY_ORDER_ID=(\\d+)").matcher(output);
        assertThat(d.find()).as("the journey reports the delivery order").isTrue();
        Map<String, Object> delivery = jdbc.queryForMap("SELECT o.reader_id, o.fulfilment, o.status, o.slot_id, o.window_start, "
                + "o.window_end, o.handover_code, a.lat, a.lng, a.located_by, s.slot_date, s.start_time FROM borrow_order o "
                + "JOIN reader_address a ON a.id = o.address_id JOIN delivery_slot s ON s.id = o.slot_id WHERE o.id = ?",
                Long.parseLong(d.group(1)));
        assertThat(((Number) delivery.get("reader_id")).longValue()).isEqualTo(readerId);
        assertThat(delivery.get("fulfilment")).isEqualTo("DELIVERY");
        assertThat(delivery.get("status")).as("approved, planned, the courier set off").isEqualTo("OUT_FOR_DELIVERY");
        assertThat(delivery.get("slot_id")).isNotNull();
        assertThat(delivery.get("slot_date").toString()).as("tomorrow's slot")
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString());
        assertThat(delivery.get("window_start")).as("a half hour chosen").isNotNull();
        assertThat(java.time.Duration.between(((java.sql.Time) delivery.get("window_start")).toLocalTime(),
                ((java.sql.Time) delivery.get("window_end")).toLocalTime())).isEqualTo(Duration.ofMinutes(30));
        assertThat((String) delivery.get("handover_code")).matches("\\d{4}");
        assertThat(((java.math.BigDecimal) delivery.get("lat")).doubleValue()).as("the point picked").isEqualTo(PICK_LAT);
        assertThat(((java.math.BigDecimal) delivery.get("lng")).doubleValue()).isEqualTo(PICK_LNG);
        assertThat(delivery.get("located_by")).isEqualTo("PICKED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_address WHERE reader_id = ? AND lat BETWEEN 28.0 AND 28.1",
                Integer.class, readerId)).as("the point out of range was refused, not saved").isZero();
        // 上门取还: asked for on the phone, cancelled before any courier set off
        Matcher pickupId = Pattern.compile("E2E_PICKUP_ID=(\\d+)").matcher(output);
        assertThat(pickupId.find()).as("the journey reports the return pickup").isTrue();
        assertThat(jdbc.queryForMap("SELECT reader_id, status FROM return_pickup WHERE id = ?", Long.parseLong(pickupId.group(1))))
                .containsEntry("status", "CANCELLED");
        // 用户升级 (miniapp/e2e/steps/upgrade.mjs): one pending 诚信通 application, the nickname saved
        assertThat(jdbc.queryForList("SELECT CONCAT(status, ':', target_type) FROM card_application WHERE reader_id = ?",
                String.class, readerId)).as("applied for 诚信通 once").containsExactly("PENDING:COMMUNITY_TRUST");
        Matcher nickname = Pattern.compile("E2E_NICKNAME=(\\S+)").matcher(output);
        assertThat(nickname.find()).as("the journey reports the nickname it set").isTrue();
        assertThat(jdbc.queryForObject("SELECT name FROM reader WHERE id = ?", String.class, readerId)).isEqualTo(nickname.group(1));
        try (var shots = Files.list(SCREENSHOTS)) {
            assertThat(shots.filter(p -> p.toString().endsWith(".png")).map(p -> p.getFileName().toString()).toList())
                    .as("a screenshot of each page").hasSizeGreaterThanOrEqualTo(15)
                    .noneMatch(name -> name.contains("failure"));
        }
    }

    private long bookId(String title) {
        return jdbc.queryForObject("SELECT id FROM book WHERE title = ? ORDER BY id LIMIT 1", Long.class, title);
    }

    /** A PICKUP order for one title, approved and handed over at the desk: an ACTIVE loan. Returns the order id. */
    private long borrowAndHandOver(String base, String readerToken, String staffToken, long bookId, long branchId) throws Exception {
        HttpResponse<String> added = post(base + "/api/app/cart/items", readerToken, "{\"bookId\":" + bookId + ",\"branchId\":" + branchId + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        List<Number> itemIds = JsonPath.read(added.body(), "$.data.items[?(@.bookId == " + bookId + ")].id");
        HttpResponse<String> order = post(base + "/api/app/orders", readerToken,
                "{\"cartItemIds\":[" + itemIds.getFirst() + "],\"fulfilment\":\"PICKUP\"}");
        assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
        long orderId = ((Number) JsonPath.read(order.body(), "$.data.order.id")).longValue();
        for (String step : List.of("approve", "pickup")) {
            HttpResponse<String> r = post(base + "/api/admin/orders/" + orderId + "/" + step, staffToken, "{}");
            assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(200);
        }
        return orderId;
    }
}
