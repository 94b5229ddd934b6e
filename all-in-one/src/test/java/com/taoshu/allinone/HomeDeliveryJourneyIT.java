package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.delivery.amap.AmapClient;
import com.taoshu.shared.security.Role;
import com.taoshu.staff.Staff;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17 "Done when", through the public APIs only (reader {@code /api/app}, librarian {@code /api/admin}, courier
 * {@code /api/courier}) with NO AMap key: readers save the point their phone picked, apply for delivery and are
 * approved, order for a slot; the plan is made and the courier sets off; a late order joins the route under way, one
 * that no longer fits and a return pickup whose window has passed move to the next slot with the reader told, a failed
 * delivery is re-booked — and all three reach the afternoon route under way with no manual step. The courier calls the
 * reader and hands over with the reader's code (the failed attempt's code opens nothing), and every view says slot,
 * address (masked at the desk), courier and ETA.
 */
@TestPropertySource(properties = "taoshu.test.amap-key=") // no AMap key in this class (ApiTestBase)
class HomeDeliveryJourneyIT extends ApiTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final double BRANCH_LAT = 28.2282; // ApiTestBase.createBranch: radius 3000 m
    static final double BRANCH_LNG = 112.9388;
    static final String STREET = "湖南省长沙市岳麓区麓山南路";

    @Autowired
    AmapClient amap;

    LocalDate today;
    long branch;
    String librarian;
    String admin;
    long courier;
    String courierToken;

    /** A reader of the branch, approved for delivery, with the address the phone picked. */
    record Reader(String token, long id, long addressId, String phone, String address) {
    }

    @BeforeEach
    void setUp() throws Exception {
        today = LocalDate.now(SHANGHAI);
        at(7, 0);
        branch = createBranch(unique("HJ"));
        slotTemplates(branch, 50, "10:00-12:00", "15:00-17:00");
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        admin = signedInStaff(Role.ADMIN, null);
        Staff account = createCourier(branch, "周建华");
        courier = account.getId();
        courierToken = staffToken("/api/courier", Map.of("phone", account.getPhone(), "password", "courier-1"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(int hour, int minute) {
        clock.set(today.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant());
    }

    private Reader reader(int n, String name) throws Exception {
        String token = readerToken(unique("hj"));
        assertThat(call(put("/api/app/me").contentType(MediaType.APPLICATION_JSON)
                .content("{\"homeBranchId\":" + branch + "}"), token).status()).isEqualTo(200);
        String phone = "1371234" + String.format("%04d", 1000 + n);
        String number = (100 + n) + "号";
        Map<String, Object> body = new HashMap<>();
        body.put("contactName", name);
        body.put("phone", phone);
        body.put("address", STREET + number);
        body.put("door", n + "栋501");
        body.put("lat", BRANCH_LAT + 0.004 * Math.sin(n));
        body.put("lng", BRANCH_LNG + 0.004 * Math.cos(n));
        body.put("isDefault", true);
        Answer saved = postJson("/api/app/addresses", body, token);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Answer applied = postJson("/api/app/delivery/applications", Map.of("reason", "ELDERLY", "note", "腿脚不便"), token);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        Answer approved = postJson("/api/admin/delivery/applications/" + ((Number) applied.read("$.data.id")).longValue()
                + "/approve", Map.of(), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        long id = ((Number) getJson("/api/app/me", token).read("$.data.id")).longValue();
        return new Reader(token, id, ((Number) saved.read("$.data.id")).longValue(), phone,
                saved.read("$.data.fullAddress"));
    }

    private long slot(Reader reader, String start) throws Exception {
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + today, reader.token());
        assertThat(slots.status()).as(slots.body()).isEqualTo(200);
        List<Integer> ids = slots.read("$.data[?(@.startTime == '" + start + "')].id");
        return ids.getFirst();
    }

    /** An order placed (booking open), not yet approved; {@code window} = the reader's narrower window or null. */
    private long order(Reader reader, String slotStart, String[] window) throws Exception {
        long book = createBook("送书上门" + unique(""), branch, 1);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader.token());
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Map<String, Object> body = new HashMap<>(Map.of("cartItemIds", items, "fulfilment", "DELIVERY",
                "addressId", reader.addressId(), "slotId", slot(reader, slotStart)));
        if (window != null) {
            body.put("windowStart", window[0]);
            body.put("windowEnd", window[1]);
        }
        Answer placed = postJson("/api/app/orders", body, reader.token());
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        return ((Number) placed.read("$.data.order.id")).longValue();
    }

    private void approve(long orderId) throws Exception {
        Answer approved = postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    private void plan(long slotId) throws Exception {
        Answer plan = postJson("/api/admin/delivery/slots/" + slotId + "/plan", Map.of(), librarian);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat((Boolean) plan.read("$.data.estimated")).as("straight-line travel times without a key").isTrue();
    }

    private void runDispatchJob() throws Exception {
        Answer job = postJson("/api/admin/jobs/dispatchPlanJob/run", Map.of(), admin);
        assertThat(job.status()).as(job.body()).isEqualTo(200);
    }

    private String status(long orderId) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId);
    }

    private long slotOf(long orderId) {
        return jdbc.queryForObject("SELECT slot_id FROM borrow_order WHERE id = ?", Long.class, orderId);
    }

    private long openStopOf(String column, long id) {
        return jdbc.queryForObject("SELECT id FROM delivery_stop WHERE " + column + " = ? AND status = 'OUT' "
                + "ORDER BY id DESC LIMIT 1", Long.class, id);
    }

    private long routeOf(long slotId) {
        return jdbc.queryForObject("SELECT id FROM delivery_route WHERE courier_id = ? AND slot_id = ?", Long.class, courier,
                slotId);
    }

    private String code(Reader reader, long orderId) throws Exception {
        Answer mine = getJson("/api/app/orders/" + orderId, reader.token());
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        return mine.read("$.data.tracking.handoverCode");
    }

    private void deliver(long stopId, String code) throws Exception {
        Answer delivered = postJson("/api/courier/stops/" + stopId + "/deliver", Map.of("code", code), courierToken);
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
    }

    private Map<String, Object> courierStop(long stopId) throws Exception {
        Answer today = getJson("/api/courier/routes/today", courierToken);
        assertThat(today.status()).as(today.body()).isEqualTo(200);
        List<Map<String, Object>> found = today.read("$.data[*].stops[?(@.id == " + stopId + ")]");
        assertThat(found).as(today.body()).hasSize(1);
        return found.getFirst();
    }

    /** Slot, address (full or masked), courier and ETA of one {@code delivery} object. */
    @SuppressWarnings("unchecked")
    private void assertInfo(Map<String, Object> d, String where, String slotStart, String address, boolean masked,
                            String courierName) {
        assertThat(d).as(where).isNotNull();
        assertThat(d.get("slotDate")).as(where).isEqualTo(today.toString());
        assertThat(d.get("slotStart")).as(where).isEqualTo(slotStart);
        assertThat(d.get("slotEnd")).as(where).isEqualTo(slotStart.equals("10:00:00") ? "12:00:00" : "17:00:00");
        assertThat(d.get("address")).as(where).isEqualTo(address);
        assertThat(d.get("addressMasked")).as(where).isEqualTo(masked);
        assertThat(d.get("planned")).as(where).isEqualTo(true);
        assertThat(d.get("courierName")).as(where).isEqualTo(courierName);
        assertThat(d.get("eta")).as(where).isNotNull();
    }

    private void everyViewShows(Reader reader, long orderId, long stopId, String slotStart) throws Exception {
        assertInfo(getJson("/api/app/orders/" + orderId, reader.token()).read("$.data.order.delivery"), "reader's order",
                slotStart, reader.address(), false, "周师傅");
        assertInfo(getJson("/api/admin/orders/" + orderId, librarian).read("$.data.detail.order.delivery"), "librarian's order",
                slotStart, STREET + "***", true, "周建华");
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) courierStop(stopId).get("delivery");
        assertInfo(delivery, "courier's route", slotStart, reader.address(), false, "周建华");
    }

    private Map<String, String> notice(String kind, long readerId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT subject_id, payload FROM notice WHERE kind = ? AND reader_id = ?",
                kind, readerId);
        assertThat(rows).as(kind + " notice for reader " + readerId).hasSize(1);
        Map<String, String> out = new HashMap<>();
        out.put("subject", String.valueOf(rows.getFirst().get("subject_id")));
        out.put("payload", (String) rows.getFirst().get("payload"));
        return out;
    }

    @Test
    void aDeliveryDayWithoutAMapKeyHasNoDeadEnds() throws Exception {
        assertThat(amap.configured()).as("this class runs without a map key").isFalse();
        Reader wang = reader(1, "王奶奶");    // on the morning route
        Reader li = reader(2, "李爷爷");      // approved late: joins the route under way
        Reader zhao = reader(3, "赵阿姨");    // not at home: re-booked, delivered in the afternoon
        Reader sun = reader(4, "孙大爷");     // the afternoon route's first stop
        Reader qian = reader(5, "钱奶奶");    // approved after her window passed: next slot, told so
        Reader zhou = reader(6, "周老师");    // a return pickup whose window passed: next slot, told so

        long wangOrder = order(wang, "10:00:00", null);
        long zhaoOrder = order(zhao, "10:00:00", null);
        long sunOrder = order(sun, "15:00:00", null);
        long liOrder = order(li, "10:00:00", null);
        long qianOrder = order(qian, "10:00:00", new String[] {"10:00", "10:30"});
        for (long o : List.of(wangOrder, zhaoOrder, sunOrder)) {
            approve(o);
        }
        long slot10 = slot(wang, "10:00:00");
        long slot15 = slot(wang, "15:00:00");
        at(7, 30);
        plan(slot10);
        plan(slot15);
        assertThat(List.of(status(wangOrder), status(zhaoOrder), status(sunOrder))).containsOnly("DISPATCHED");

        // a return pickup asked for after the plan, for half an hour the courier will not make
        at(8, 0);
        long loan = loanOf(zhou);
        Answer pickup = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(loan), "addressId", zhou.addressId(),
                "slotId", slot10, "windowStart", "10:00", "windowEnd", "10:30"), zhou.token());
        assertThat(pickup.status()).as(pickup.body()).isEqualTo(200);
        long pickupId = ((Number) pickup.read("$.data.id")).longValue();

        // ---- 9:50 the courier sets off on the morning route
        at(9, 50);
        long morning = routeOf(slot10);
        Answer started = postJson("/api/courier/routes/" + morning + "/start", Map.of(), courierToken);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat((Object) started.read("$.data.warning")).isNull();
        assertThat(List.of(status(wangOrder), status(zhaoOrder))).containsOnly("OUT_FOR_DELIVERY");

        // 10:20 at 王奶奶's door: nobody answers, the courier calls her (recorded) and hands over with her code
        at(10, 20);
        long wangStop = openStopOf("order_id", wangOrder);
        assertThat((String) courierStop(wangStop).get("phoneMasked")).isEqualTo(wang.phone().substring(0, 3) + "****"
                + wang.phone().substring(7));
        Answer call = postJson("/api/courier/stops/" + wangStop + "/contact", Map.of(), courierToken);
        assertThat(call.status()).as(call.body()).isEqualTo(200);
        assertThat((String) call.read("$.data.phone")).isEqualTo(wang.phone());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_reveal WHERE stop_id = ? AND courier_id = ?",
                Integer.class, wangStop, courier)).isEqualTo(1);
        everyViewShows(wang, wangOrder, wangStop, "10:00:00");
        deliver(wangStop, code(wang, wangOrder));
        assertThat(status(wangOrder)).isEqualTo("DELIVERED");

        // ---- 10:40 two orders approved late; the job runs as scheduled
        at(10, 40);
        approve(liOrder);
        approve(qianOrder);
        int morningVersion = jdbc.queryForObject("SELECT version FROM delivery_route WHERE id = ?", Integer.class, morning);
        runDispatchJob();
        // 李爷爷's order joins the route under way, the courier's list has a new version
        assertThat(status(liOrder)).isEqualTo("OUT_FOR_DELIVERY");
        long liStop = openStopOf("order_id", liOrder);
        assertThat(jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE id = ?", Long.class, liStop)).isEqualTo(morning);
        assertThat(jdbc.queryForObject("SELECT version FROM delivery_route WHERE id = ?", Integer.class, morning))
                .isGreaterThan(morningVersion);
        everyViewShows(li, liOrder, liStop, "10:00:00");
        // 钱奶奶's half hour has passed: her order waits for 15:00 and she is told so
        assertThat(status(qianOrder)).isEqualTo("AWAITING_DISPATCH");
        assertThat(slotOf(qianOrder)).isEqualTo(slot15);
        assertThat(jdbc.queryForMap("SELECT window_start, window_end FROM borrow_order WHERE id = ?", qianOrder))
                .as("the old slot's window goes").containsValues(null, null);
        Map<String, String> told = notice("DELIVERY_REBOOKED", qian.id());
        assertThat(told.get("subject")).isEqualTo(String.valueOf(qianOrder));
        assertThat(told.get("payload")).contains(today.getMonthValue() + "月" + today.getDayOfMonth() + "日 15:00–17:00");
        // so is 周老师's pickup
        assertThat(jdbc.queryForMap("SELECT status, slot_id, window_start FROM return_pickup WHERE id = ?", pickupId))
                .containsEntry("status", "REQUESTED").containsEntry("slot_id", slot15).containsEntry("window_start", null);
        Map<String, String> pickupTold = notice("PICKUP_REBOOKED", zhou.id());
        assertThat(pickupTold.get("subject")).isEqualTo(String.valueOf(pickupId));
        assertThat(pickupTold.get("payload")).contains("15:00–17:00");

        // ---- 10:50 赵阿姨 is not at home: re-booked for 15:00, her code is gone
        at(10, 50);
        String oldCode = code(zhao, zhaoOrder);
        assertThat(oldCode).matches("\\d{4}");
        Answer failed = postJson("/api/courier/stops/" + openStopOf("order_id", zhaoOrder) + "/fail", Map.of("reason", "不在家"),
                courierToken);
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(status(zhaoOrder)).isEqualTo("AWAITING_DISPATCH");
        assertThat(slotOf(zhaoOrder)).isEqualTo(slot15);
        assertThat(jdbc.queryForObject("SELECT handover_code FROM borrow_order WHERE id = ?", String.class, zhaoOrder))
                .as("the failed attempt's code is cleared").isNull();

        at(11, 0);
        deliver(liStop, code(li, liOrder));
        assertThat(jdbc.queryForObject("SELECT status FROM delivery_route WHERE id = ?", String.class, morning))
                .isEqualTo("FINISHED");

        // ---- 14:55 the afternoon route sets off with 孙大爷 only; 15:10 the job puts the three waiting visits on it
        at(14, 55);
        long afternoon = routeOf(slot15);
        assertThat(postJson("/api/courier/routes/" + afternoon + "/start", Map.of(), courierToken).status()).isEqualTo(200);
        at(15, 10);
        runDispatchJob();
        assertThat(List.of(status(zhaoOrder), status(qianOrder))).containsOnly("OUT_FOR_DELIVERY");
        assertThat(jdbc.queryForObject("SELECT status FROM return_pickup WHERE id = ?", String.class, pickupId)).isEqualTo("OUT");
        assertThat(jdbc.queryForList("SELECT route_id FROM delivery_stop WHERE status = 'OUT' AND (order_id IN (?, ?) "
                + "OR return_pickup_id = ?)", Long.class, zhaoOrder, qianOrder, pickupId)).containsOnly(afternoon).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT dispatch_note FROM borrow_order WHERE id = ?", String.class, qianOrder)).isNull();
        long zhaoStop = openStopOf("order_id", zhaoOrder);
        everyViewShows(zhao, zhaoOrder, zhaoStop, "15:00:00");
        everyViewShows(qian, qianOrder, openStopOf("order_id", qianOrder), "15:00:00");
        Answer zhouPickup = getJson("/api/app/return-pickups/" + pickupId, zhou.token());
        assertInfo(zhouPickup.read("$.data.delivery"), "reader's pickup", "15:00:00", zhou.address(), false, "周师傅");

        // the retry is handed over with the new code only
        String newCode = code(zhao, zhaoOrder);
        assertThat(newCode).matches("\\d{4}");
        if (!newCode.equals(oldCode)) {
            Answer wrong = postJson("/api/courier/stops/" + zhaoStop + "/deliver", Map.of("code", oldCode), courierToken);
            assertThat(wrong.status()).as("the failed attempt's code").isIn(400, 409);
        }
        at(15, 30);
        deliver(zhaoStop, newCode);
        deliver(openStopOf("order_id", qianOrder), code(qian, qianOrder));
        deliver(openStopOf("order_id", sunOrder), code(sun, sunOrder));
        Answer collected = postJson("/api/courier/stops/" + openStopOf("return_pickup_id", pickupId) + "/collect",
                Map.of("code", zhouPickup.<String>read("$.data.handoverCode")), courierToken);
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);

        assertThat(List.of(status(wangOrder), status(liOrder), status(zhaoOrder), status(sunOrder), status(qianOrder)))
                .containsOnly("DELIVERED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan WHERE reader_id IN (?, ?, ?, ?, ?) AND status = 'ACTIVE'",
                Integer.class, wang.id(), li.id(), zhao.id(), sun.id(), qian.id())).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT status FROM return_pickup WHERE id = ?", String.class, pickupId))
                .isEqualTo("COLLECTED");
        assertThat(jdbc.queryForObject("SELECT status FROM delivery_route WHERE id = ?", String.class, afternoon))
                .isEqualTo("FINISHED");
        // nobody's order needed a librarian after approval: no manual assignment, no note left
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order WHERE id IN (?, ?, ?, ?, ?) AND dispatch_note IS NOT NULL",
                Integer.class, wangOrder, liOrder, zhaoOrder, sunOrder, qianOrder)).isZero();
    }

    /** A book 周老师 borrowed at the desk ten days ago (the loan a return pickup collects). */
    private long loanOf(Reader reader) {
        return given.loanBorrowedDaysAgo(reader.id(), createBook("要还的书" + unique(""), branch, 1), branch, 10);
    }
}
