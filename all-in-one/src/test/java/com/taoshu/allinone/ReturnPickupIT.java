package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Return pickup (上门取还): a reader books a courier to collect loans; the planner puts the visit on the slot's routes
 * (one visit with the reader's delivery at the same door); the courier collects; the branch checks the copies in.
 */
class ReturnPickupIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    long branch;
    String librarian;
    String reader;
    String readerCode;
    long addressId;
    long courierA;
    String tokenA;
    String tokenB;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(8, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("RP"));
        slotTemplates(branch, 10, "10:00-12:00", "15:00-17:00");
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        courierA = courier();
        tokenA = staffToken("/api/courier", Map.of("phone", phoneOf(courierA), "password", "courier-1"));
        long courierB = createCourier(branch, "周建华", 20, true).getId();
        tokenB = staffToken("/api/courier", Map.of("phone", phoneOf(courierB), "password", "courier-1"));

        readerCode = unique("ret");
        reader = readerToken(readerCode);
        given.homeBranch(readerId(readerCode), branch);
        given.approvedForDelivery(readerId(readerCode));
        String street = "岳麓区" + unique("路");
        AMAP.place(street, 28.2310 + java.util.concurrent.ThreadLocalRandom.current().nextDouble(0.001),
                112.9420 + java.util.concurrent.ThreadLocalRandom.current().nextDouble(0.001));
        Answer address = postJson("/api/app/addresses", Map.of("contactName", "钱奶奶", "phone", "13833334444",
                "address", street, "isDefault", true), reader);
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        addressId = ((Number) address.read("$.data.id")).longValue();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long courier() {
        return createCourier(branch, "周建华").getId();
    }

    private String phoneOf(long staffId) {
        return jdbc.queryForObject("SELECT phone FROM staff WHERE id = ?", String.class, staffId);
    }

    private long readerId(String code) {
        return given.readerLoggedInAs(code);
    }

    /** A loan the reader has at home, borrowed at the desk ten days ago (lending is tested by the borrowing flow). */
    private long loan(String title) {
        return given.loanBorrowedDaysAgo(readerId(readerCode), createBook(title, branch, 1), branch, 10);
    }

    private long slot(String start) throws Exception {
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), reader);
        List<Integer> ids = slots.read("$.data[?(@.startTime == '" + start + "')].id");
        return ids.getFirst();
    }

    private int reserved(long slotId) {
        return jdbc.queryForObject("SELECT reserved FROM delivery_slot WHERE id = ?", Integer.class, slotId);
    }

    private long requestPickup(List<Long> loans, long slotId) throws Exception {
        Answer made = postJson("/api/app/return-pickups", Map.of("loanIds", loans, "addressId", addressId, "slotId", slotId), reader);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        return ((Number) made.read("$.data.id")).longValue();
    }

    private String pickupStatus(long id) {
        return jdbc.queryForObject("SELECT status FROM return_pickup WHERE id = ?", String.class, id);
    }

    private String loanStatus(long id) {
        return jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, id);
    }

    private long stopOfPickup(long pickupId) {
        return jdbc.queryForObject("SELECT id FROM delivery_stop WHERE return_pickup_id = ? ORDER BY id DESC LIMIT 1", Long.class, pickupId);
    }

    private long deliveryOrder(long slotId) throws Exception {
        return deliveryOrder(slotId, Map.of());
    }

    private long deliveryOrder(long slotId, Map<String, Object> extra) throws Exception {
        long book = createBook("顺路送来的书", branch, 1);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("cartItemIds", List.of(items.getFirst()), "fulfilment", "DELIVERY",
                "addressId", addressId, "slotId", slotId));
        body.putAll(extra);
        Answer placed = postJson("/api/app/orders", body, reader);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        return orderId;
    }

    @Test
    void collectedAtTheDoorOnTheSameVisitAsADeliveryThenCheckedInAtTheBranch() throws Exception {
        long first = loan("要还的第一本");
        long second = loan("要还的第二本");
        long slot10 = slot("10:00:00");
        long pickup = requestPickup(List.of(first, second), slot10);
        assertThat(pickupStatus(pickup)).isEqualTo("REQUESTED");
        assertThat(reserved(slot10)).isEqualTo(1);
        Answer again = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(second), "addressId", addressId,
                "slotId", slot10), reader);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(50504);
        assertThat(again.msg()).contains("已约好上门取书");
        long orderId = deliveryOrder(slot10);

        Answer planned = postJson("/api/admin/delivery/slots/" + slot10 + "/plan", Map.of(), librarian);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(pickupStatus(pickup)).isEqualTo("DISPATCHED");
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId)).isEqualTo("DISPATCHED");
        // one door, one visit: the delivery and the pickup are consecutive stops of one route with the same arrival
        List<Map<String, Object>> stops = jdbc.queryForList("SELECT route_id, seq, order_id, return_pickup_id, planned_arrival "
                + "FROM delivery_stop st WHERE st.order_id = ? OR st.return_pickup_id = ? ORDER BY seq", orderId, pickup);
        assertThat(stops).hasSize(2);
        assertThat(stops.get(0).get("route_id")).isEqualTo(stops.get(1).get("route_id"));
        assertThat(((Number) stops.get(1).get("seq")).intValue()).isEqualTo(((Number) stops.get(0).get("seq")).intValue() + 1);
        assertThat(stops.get(0).get("planned_arrival")).isEqualTo(stops.get(1).get("planned_arrival"));
        assertThat(postJson("/api/admin/delivery/slots/" + slot10 + "/plan", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop WHERE return_pickup_id = ?", Integer.class, pickup))
                .as("planning again changes nothing").isEqualTo(1);

        long stop = stopOfPickup(pickup);
        Answer today = getJson("/api/courier/routes/today", tokenA);
        List<String> kinds = today.read("$.data[0].stops[*].kind");
        assertThat(kinds).containsExactlyInAnyOrder("DELIVERY", "PICKUP");
        List<String> toCollect = today.read("$.data[0].stops[?(@.kind == 'PICKUP')].collect[*].title");
        assertThat(toCollect).containsExactly("要还的第一本", "要还的第二本");
        assertThat(postJson("/api/courier/stops/" + stop + "/collect", Map.of("code", "0000"), tokenA).code()).isEqualTo(50408);
        assertThat(postJson("/api/courier/stops/" + stop + "/deliver", Map.of("code", "1234"), tokenA).code()).isEqualTo(50509);
        assertThat(postJson("/api/courier/stops/" + stop + "/collect", Map.of("code", "0000"), tokenB).status()).isEqualTo(404);

        long route = jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE id = ?", Long.class, stop);
        assertThat(postJson("/api/courier/routes/" + route + "/start", Map.of(), tokenA).status()).isEqualTo(200);
        assertThat(pickupStatus(pickup)).isEqualTo("OUT");
        Answer late = postJson("/api/app/return-pickups/" + pickup + "/cancel", Map.of(), reader);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.msg()).contains("配送员已出发");

        // the reader shows the 4-digit code at the door, as for a handover; the courier cannot collect without it
        assertThat(getJson("/api/admin/return-pickups/" + pickup, librarian).<String>read("$.data.handoverCode"))
                .as("the desk never sees the reader's code").isNull();
        String code = getJson("/api/app/return-pickups/" + pickup, reader).read("$.data.handoverCode");
        assertThat(code).matches("\\d{4}");
        Answer noCode = postJson("/api/courier/stops/" + stop + "/collect", Map.of("loanIds", List.of(first)), tokenA);
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.msg()).contains("取书码");
        String wrong = code.equals("0000") ? "0001" : "0000";
        Answer wrongCode = postJson("/api/courier/stops/" + stop + "/collect", Map.of("code", wrong, "loanIds", List.of(first)), tokenA);
        assertThat(wrongCode.code()).isEqualTo(50406);
        assertThat(wrongCode.msg()).contains("还可以再试2次");
        assertThat(pickupStatus(pickup)).isEqualTo("OUT");
        assertThat(jdbc.queryForObject("SELECT wrong_code_attempts FROM delivery_stop WHERE id = ?", Integer.class, stop)).isEqualTo(1);

        // the reader kept the second book: only the first is collected, the second stays on loan and free again
        Answer collected = postJson("/api/courier/stops/" + stop + "/collect", Map.of("code", code, "loanIds", List.of(first)), tokenA);
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        assertThat((String) collected.read("$.data.status")).isEqualTo("COLLECTED");
        assertThat(postJson("/api/courier/stops/" + stop + "/collect", Map.of("code", code, "loanIds", List.of(first)), tokenA).status())
                .as("repeating the confirmation changes nothing").isEqualTo(200);
        assertThat(pickupStatus(pickup)).isEqualTo("COLLECTED");
        assertThat(loanStatus(first)).isEqualTo("RETURN_COLLECTED");
        assertThat(loanStatus(second)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT return_pickup_id FROM loan WHERE id = ?", Long.class, second)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan_history WHERE loan_id = ? AND action = 'RETURN_COLLECTED'",
                Integer.class, first)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT CONCAT(COALESCE(from_status, '-'), '>', to_status, ' ', actor_type)"
                + " FROM delivery_stop_history WHERE stop_id = ? ORDER BY id", String.class, stop))
                .as("the pickup's stop: planned by the planner, out and collected by the courier")
                .containsExactly("->PLANNED SYSTEM", "PLANNED>OUT COURIER", "OUT>COLLECTED COURIER");
        Answer mine = getJson("/api/app/return-pickups/" + pickup, reader);
        assertThat((List<Boolean>) mine.read("$.data.items[*].collected")).containsExactly(true, false);

        long owner = jdbc.queryForObject("SELECT reader_id FROM return_pickup WHERE id = ?", Long.class, pickup);
        given.named(owner, "陈奶奶");
        given.phone(owner, "13900000042");
        Answer desk = getJson("/api/admin/return-pickups?status=COLLECTED&branchId=" + branch, librarian);
        assertThat(desk.<List<String>>read("$.data.records[?(@.id == " + pickup + ")].readerName")).as("whose bag this is")
                .containsExactly("陈奶奶");
        assertThat(desk.<List<String>>read("$.data.records[?(@.id == " + pickup + ")].readerPhone")).containsExactly("139****0042");

        long copy = jdbc.queryForObject("SELECT copy_id FROM loan WHERE id = ?", Long.class, first);
        Answer checkedIn = postJson("/api/admin/return-pickups/" + pickup + "/check-in", Map.of(), librarian);
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        assertThat((String) checkedIn.read("$.data.status")).isEqualTo("CHECKED_IN");
        assertThat(postJson("/api/admin/return-pickups/" + pickup + "/check-in", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(loanStatus(first)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("SELECT status FROM book_copy WHERE id = ?", String.class, copy)).isEqualTo("AVAILABLE");
        assertThat(jdbc.queryForList("SELECT to_status FROM return_pickup_history WHERE pickup_id = ? ORDER BY id", String.class, pickup))
                .containsExactly("REQUESTED", "DISPATCHED", "OUT", "COLLECTED", "CHECKED_IN");
        // the dispatch board, after the check-in: the stop reads 已取回 and still counts the book taken (not "取 0 本")
        Answer board = getJson("/api/admin/delivery/routes?branchId=" + branch + "&date=" + LocalDate.now(clock), librarian);
        assertThat(board.<List<String>>read("$.data[0].stops[?(@.id == " + stop + ")].statusLabel")).containsExactly("已取回");
        assertThat(board.<List<String>>read("$.data[0].stops[?(@.id == " + stop + ")].collect[*].title")).containsExactly("要还的第一本");
        assertThat(getJson("/api/app/return-pickups/" + pickup, reader).<String>read("$.data.handoverCode"))
                .as("the code is gone with the visit").isNull();

        // the delivery at the same door fails (not at home): the KPIs count one collected on time and one failure
        long deliveryStop = jdbc.queryForObject("SELECT id FROM delivery_stop WHERE order_id = ?", Long.class, orderId);
        assertThat(postJson("/api/courier/stops/" + deliveryStop + "/fail", Map.of("reason", "不在家"), tokenA).status()).isEqualTo(200);
        Answer kpis = getJson("/api/admin/delivery/kpis?branchId=" + branch, librarian);
        assertThat(kpis.status()).as(kpis.body()).isEqualTo(200);
        assertThat((Integer) kpis.read("$.data.collected")).isEqualTo(1);
        assertThat((Integer) kpis.read("$.data.failed")).isEqualTo(1);
        assertThat((Integer) kpis.read("$.data.books")).isEqualTo(1);
        assertThat((Double) kpis.read("$.data.onTimeRate")).isEqualTo(1.0);
        assertThat((Double) kpis.read("$.data.failedRate")).isEqualTo(0.5);
        assertThat((Double) kpis.read("$.data.estimatedKm")).isGreaterThan(0.0);

        // confirmations tapped seconds after setting off (as on the demo) do not make the route last seconds: the
        // courier's time is at least the route's planned driving time — 1 book in half an hour, not 1200 an hour
        jdbc.update("UPDATE delivery_route SET travel_seconds = 1800, started_at = (SELECT MAX(completed_at) FROM delivery_stop "
                + "WHERE route_id = ?) - INTERVAL 3 SECOND WHERE id = ?", route, route);
        Answer perHour = getJson("/api/admin/delivery/kpis?branchId=" + branch, librarian);
        assertThat((Double) perHour.read("$.data.courierHours")).isEqualTo(0.5);
        assertThat((Double) perHour.read("$.data.booksPerCourierHour")).isEqualTo(2.0);

        // one rule for "on time" in the live KPIs and the nightly rollup: collected a minute after the slot's end is late
        jdbc.update("UPDATE delivery_stop st JOIN delivery_route r ON r.id = st.route_id JOIN delivery_slot ds ON ds.id = r.slot_id "
                + "SET st.completed_at = TIMESTAMP(ds.slot_date, ds.end_time) + INTERVAL 1 MINUTE WHERE st.return_pickup_id = ?", pickup);
        Answer lateKpis = getJson("/api/admin/delivery/kpis?branchId=" + branch, librarian);
        assertThat((Integer) lateKpis.read("$.data.late")).isEqualTo(1);
        assertThat((Double) lateKpis.read("$.data.onTimeRate")).isEqualTo(0.0);
        LocalDate day = jdbc.queryForObject("SELECT DATE(completed_at) FROM delivery_stop WHERE return_pickup_id = ?",
                LocalDate.class, pickup);
        String adminName = unique("adm");
        createStaff(Role.ADMIN, adminName, null, "secret-123", null);
        String admin = staffToken("/api/admin", Map.of("username", adminName, "password", "secret-123"));
        assertThat(postJson("/api/admin/stats/rollup?from=" + day + "&to=" + day, Map.of(), admin).status()).isEqualTo(200);
        Map<String, Object> rolled = jdbc.queryForMap("SELECT deliveries_on_time, deliveries_late FROM stats_daily "
                + "WHERE stat_date = ? AND branch_id = ?", day, branch);
        assertThat(((Number) rolled.get("deliveries_late")).intValue()).isEqualTo(1);
        assertThat(((Number) rolled.get("deliveries_on_time")).intValue()).isZero();

        Answer badRange = getJson("/api/admin/delivery/kpis?from=2026-05-01&to=2026-01-01", librarian);
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.msg()).contains("日期范围不正确");
    }

    @Test
    void notAtHomeMovesToTheNextSlotAndTheReaderMayThenCancel() throws Exception {
        long loan = loan("没取到的书");
        long slot10 = slot("10:00:00");
        long slot15 = slot("15:00:00");
        long pickup = requestPickup(List.of(loan), slot10);
        assertThat(postJson("/api/admin/delivery/slots/" + slot10 + "/plan", Map.of(), librarian).status()).isEqualTo(200);
        long stop = stopOfPickup(pickup);
        long route = jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE id = ?", Long.class, stop);
        assertThat(postJson("/api/courier/routes/" + route + "/start", Map.of(), tokenA).status()).isEqualTo(200);

        Answer failed = postJson("/api/courier/stops/" + stop + "/fail", Map.of("reason", "不在家"), tokenA);
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(pickupStatus(pickup)).isEqualTo("REQUESTED");
        assertThat(jdbc.queryForObject("SELECT slot_id FROM return_pickup WHERE id = ?", Long.class, pickup)).isEqualTo(slot15);
        assertThat(reserved(slot15)).isEqualTo(1);
        assertThat(loanStatus(loan)).isEqualTo("ACTIVE");

        Answer cancelled = postJson("/api/app/return-pickups/" + pickup + "/cancel", Map.of(), reader);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat((String) cancelled.read("$.data.status")).isEqualTo("CANCELLED");
        assertThat(postJson("/api/app/return-pickups/" + pickup + "/cancel", Map.of(), reader).status()).isEqualTo(200);
        assertThat(reserved(slot15)).isZero();
        assertThat(jdbc.queryForObject("SELECT return_pickup_id FROM loan WHERE id = ?", Long.class, loan)).isNull();
        // the loan is free for a new pickup
        requestPickup(List.of(loan), slot15);
    }

    @Test
    void theReadersNarrowerWindowIsWhereThePlannerPutsTheVisit() throws Exception {
        long loan = loan("约了时间的书");
        long slot10 = slot("10:00:00");
        Answer halfGiven = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(loan), "addressId", addressId,
                "slotId", slot10, "windowStart", "11:00"), reader);
        assertThat(halfGiven.status()).isEqualTo(400);
        assertThat(halfGiven.code()).isEqualTo(50310);
        Answer outside = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(loan), "addressId", addressId,
                "slotId", slot10, "windowStart", "11:30", "windowEnd", "12:30"), reader);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.msg()).contains("10:00–12:00");
        assertThat(reserved(slot10)).as("a refused request takes no slot unit").isZero();

        Answer made = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(loan), "addressId", addressId,
                "slotId", slot10, "windowStart", "11:00", "windowEnd", "11:30"), reader);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        assertThat((String) made.read("$.data.windowStart")).startsWith("11:00");
        long pickup = ((Number) made.read("$.data.id")).longValue();
        long orderId = deliveryOrder(slot10, Map.of("windowStart", "11:15", "windowEnd", "11:45"));
        assertThat((String) getJson("/api/app/orders/" + orderId, reader).read("$.data.order.windowEnd")).startsWith("11:45");
        assertThat(postJson("/api/admin/delivery/slots/" + slot10 + "/plan", Map.of(), librarian).status()).isEqualTo(200);
        // one door: the visit starts where both windows overlap, 11:15–11:30
        List<LocalDateTime> arrivals = jdbc.queryForList("SELECT planned_arrival FROM delivery_stop WHERE return_pickup_id = ? "
                + "OR order_id = ?", LocalDateTime.class, pickup, orderId);
        assertThat(arrivals).as("the pickup's stop and the order's stop").hasSize(2);
        assertThat(arrivals.get(0)).as("one visit, one arrival").isEqualTo(arrivals.get(1));
        assertThat(arrivals.get(0).toLocalTime()).isBetween(LocalTime.of(11, 15), LocalTime.of(11, 30));
    }

    @Test
    void aBookBroughtToTheDeskTakesThePlannedVisitOffTheRoute() throws Exception {
        long loan = loan("自己送回来的书");
        long slot10 = slot("10:00:00");
        long pickup = requestPickup(List.of(loan), slot10);
        assertThat(postJson("/api/admin/delivery/slots/" + slot10 + "/plan", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(pickupStatus(pickup)).isEqualTo("DISPATCHED");

        assertThat(postJson("/api/admin/loans/" + loan + "/return", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(pickupStatus(pickup)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop WHERE return_pickup_id = ?", Integer.class, pickup)).isZero();
        assertThat(reserved(slot10)).isZero();
    }

    @Test
    void onlyOwnLoansOnlyEligibleReadersOnlyOwnPickups() throws Exception {
        long loan = loan("别人的书");
        long slot10 = slot("10:00:00");
        Answer empty = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(), "addressId", addressId, "slotId", slot10), reader);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.msg()).contains("请选择要归还的书");

        String otherCode = unique("oth");
        String other = readerToken(otherCode);
        Answer notEligible = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(loan), "addressId", addressId,
                "slotId", slot10), other);
        assertThat(notEligible.status()).isEqualTo(403);
        given.approvedForDelivery(readerId(otherCode));
        Answer notTheirs = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(loan), "addressId", addressId,
                "slotId", slot10), other);
        assertThat(notTheirs.status()).isEqualTo(404);

        long pickup = requestPickup(List.of(loan), slot10);
        assertThat(getJson("/api/app/return-pickups/" + pickup, other).status()).isEqualTo(404);
        assertThat(postJson("/api/app/return-pickups/" + pickup + "/cancel", Map.of(), other).status()).isEqualTo(404);
        assertThat((List<?>) getJson("/api/app/return-pickups", other).read("$.data")).isEmpty();
        assertThat(pickupStatus(pickup)).isEqualTo("REQUESTED");
        Answer notCollected = postJson("/api/admin/return-pickups/" + pickup + "/check-in", Map.of(), librarian);
        assertThat(notCollected.status()).isEqualTo(409);
        assertThat(notCollected.msg()).contains("还没有被配送员取回");
    }
}
