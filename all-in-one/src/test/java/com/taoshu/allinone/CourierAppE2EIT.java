package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The couriers' phone web app (courier-app-api/web) in a real browser against this app on a random port: a route of
 * four stops is planned for a new courier through the APIs (three DELIVERY orders and a return pickup of two books, the
 * branch's 10:00 slot, the clock at 08:00 so setting off draws the early-start warning); then
 * {@code courier-app-api/web/e2e/journey.mjs} (playwright-core driving Debian's Chromium at 390×844 with geolocation)
 * logs in, sets off, delivers, calls, fails one, collects by barcode, and delivers the last one offline. Here: what
 * that did, in the database. Screenshots land in {@code all-in-one/target/e2e-screenshots/courier-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourierAppE2EIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Path WEB = Path.of("..", "courier-app-api", "web").toAbsolutePath().normalize();
    private static final BrowserJourney JOURNEY = new BrowserJourney("配送员 App ", WEB);
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    @LocalServerPort
    int port;

    long branch;
    String librarian;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void courierDeliversTheDaysRouteOnAPhoneIncludingOneStopOffline() throws Exception {
        JOURNEY.assumeRunnable(getClass(), "/META-INF/resources/courier/index.html");

        // 08:00 in Changsha: the 10:00 slot is open for booking, and setting off now is early
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(8, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("CA"));
        slotTemplates(branch, 10, "10:00-12:00");
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        long courier = createCourier(branch, "李建国").getId();
        String courierPhone = jdbc.queryForObject("SELECT phone FROM staff WHERE id = ?", String.class, courier);

        Door a = door("赵爷爷", 0.004, 0.002);
        Door b = door("钱奶奶", -0.003, 0.004);
        Door c = door("孙阿姨", 0.002, -0.004);
        Door d = door("李叔叔", -0.002, -0.003);
        long slot = slot(a.token());
        long deliverOrder = deliveryOrder(a, slot, "送到家的第一本书");
        long failOrder = deliveryOrder(b, slot, "没送到的书");
        long offlineOrder = deliveryOrder(d, slot, "没信号时送到的书");
        List<Long> loans = List.of(loan(c, "要还的第一本"), loan(c, "要还的第二本"));
        Answer pickup = postJson("/api/app/return-pickups", Map.of("loanIds", loans, "addressId", c.addressId(), "slotId", slot),
                c.token());
        assertThat(pickup.status()).as(pickup.body()).isEqualTo(200);
        long pickupId = ((Number) pickup.read("$.data.id")).longValue();
        Answer planned = postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), librarian);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop s JOIN delivery_route r ON r.id = s.route_id "
                + "WHERE r.courier_id = ?", Integer.class, courier)).as("one route of four stops").isEqualTo(4);
        List<String> barcodes = jdbc.queryForList("SELECT c.barcode FROM loan l JOIN book_copy c ON c.id = l.copy_id "
                + "WHERE l.id IN (?, ?) ORDER BY l.id", String.class, loans.get(0), loans.get(1));

        Map<String, Object> journey = new LinkedHashMap<>();
        journey.put("phone", courierPhone);
        journey.put("password", "courier-1");
        journey.put("deliverOrder", deliverOrder);
        journey.put("deliverReader", a.token());
        journey.put("deliverStop", stopOfOrder(deliverOrder));
        journey.put("failStop", stopOfOrder(failOrder));
        journey.put("offlineOrder", offlineOrder);
        journey.put("offlineReader", d.token());
        journey.put("offlineStop", stopOfOrder(offlineOrder));
        journey.put("pickupId", pickupId);
        journey.put("pickupReader", c.token());
        journey.put("pickupStop", jdbc.queryForObject("SELECT id FROM delivery_stop WHERE return_pickup_id = ?", Long.class, pickupId));
        journey.put("barcodes", barcodes);

        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("courier-")).toList()) {
                Files.delete(p);
            }
        }
        Path log = Files.createTempFile("courier-e2e", ".log");
        String output = JOURNEY.run("e2e/journey.mjs", List.of(), Map.of("BASE_URL", "http://127.0.0.1:" + port,
                "SCREENSHOTS", SCREENSHOTS.toString(), "JOURNEY", JSON.writeValueAsString(journey)), log, Duration.ofMinutes(4));

        // what the taps did, in the database
        assertThat(orderStatus(deliverOrder)).isEqualTo("DELIVERED");
        assertThat(orderStatus(failOrder)).as("failed, back in the dispatch queue for the next slot")
                .isIn("DELIVERY_FAILED", "AWAITING_DISPATCH");
        assertThat(jdbc.queryForObject("SELECT fail_reason FROM delivery_stop WHERE id = ?", String.class, journey.get("failStop")))
                .isEqualTo("读者不在家：敲门无人应答");
        assertThat(jdbc.queryForObject("SELECT status FROM return_pickup WHERE id = ?", String.class, pickupId)).isEqualTo("COLLECTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan WHERE return_pickup_id = ?", Integer.class, pickupId))
                .as("both books scanned and collected").isEqualTo(2);
        // the delivery made offline reached the server exactly once
        assertThat(orderStatus(offlineOrder)).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_history WHERE order_id = ? AND to_status = 'DELIVERED'",
                Integer.class, offlineOrder)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan WHERE order_id = ?", Integer.class, offlineOrder)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT r.status FROM delivery_route r JOIN delivery_stop s ON s.route_id = r.id WHERE s.id = ?",
                String.class, journey.get("offlineStop"))).isEqualTo("FINISHED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_reveal WHERE stop_id = ?", Integer.class, journey.get("failStop")))
                .as("the call was recorded").isEqualTo(1);
        try (var shots = Files.list(SCREENSHOTS)) {
            assertThat(shots.filter(p -> p.getFileName().toString().startsWith("courier-") && p.toString().endsWith(".png"))
                    .count()).isGreaterThanOrEqualTo(12);
        }
    }

    private record Door(String token, long readerId, long addressId) {
    }

    /** A reader approved for home delivery with an address near the branch (placed by the fake AMap). */
    private Door door(String name, double dLat, double dLng) throws Exception {
        String code = unique("cd");
        String token = readerToken(code);
        jdbc.update("UPDATE reader SET delivery_eligibility = 'APPROVED', home_branch_id = ? WHERE openid = ?", branch, "openid-" + code);
        long readerId = jdbc.queryForObject("SELECT id FROM reader WHERE openid = ?", Long.class, "openid-" + code);
        String street = "岳麓区" + unique("麓山路") + "号";
        AMAP.place(street, 28.2282 + dLat + ThreadLocalRandom.current().nextDouble(0.0002), 112.9388 + dLng);
        Answer address = postJson("/api/app/addresses", Map.of("contactName", name, "phone", "138" + (10_000_000
                + ThreadLocalRandom.current().nextInt(89_999_999)), "address", street, "isDefault", true), token);
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        return new Door(token, readerId, ((Number) address.read("$.data.id")).longValue());
    }

    private long slot(String token) throws Exception {
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), token);
        List<Integer> ids = slots.read("$.data[?(@.startTime == '10:00:00')].id");
        return ids.getFirst();
    }

    private long deliveryOrder(Door door, long slot, String title) throws Exception {
        long book = createBook(title, branch, 1);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), door.token());
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", List.of(items.getFirst()), "fulfilment", "DELIVERY",
                "addressId", door.addressId(), "slotId", slot), door.token());
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        return orderId;
    }

    /** A loan the reader has at home (set up directly: lending is tested by the borrowing flow). */
    private long loan(Door door, String title) {
        long book = createBook(title, branch, 1);
        long copy = jdbc.queryForObject("SELECT id FROM book_copy WHERE book_id = ?", Long.class, book);
        jdbc.update("UPDATE book_copy SET status = 'ON_LOAN' WHERE id = ?", copy);
        LocalDateTime borrowed = LocalDateTime.now(clock).minusDays(10);
        jdbc.update("INSERT INTO loan (reader_id, book_id, copy_id, branch_id, status, borrowed_at, due_date, renew_count, version, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 0, 0, NOW(3), NOW(3))",
                door.readerId(), book, copy, branch, borrowed, borrowed.toLocalDate().plusDays(30));
        return jdbc.queryForObject("SELECT id FROM loan WHERE copy_id = ?", Long.class, copy);
    }

    private long stopOfOrder(long orderId) {
        return jdbc.queryForObject("SELECT id FROM delivery_stop WHERE order_id = ? ORDER BY id DESC LIMIT 1", Long.class, orderId);
    }

    private String orderStatus(long orderId) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId);
    }
}
