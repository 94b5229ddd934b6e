package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.delivery.plan.DispatchPlanner;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 part 3: once every courier of a slot has set off, a late order and a failed delivery's retry still reach a
 * route (inserted into one under way, visited stops untouched, the route's version changed) with no manual step, and a
 * librarian can move an unvisited stop between two routes under way.
 */
class ReplanUnderWayIT extends ApiTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    DispatchPlanner planner;

    long branch;
    String librarian;
    long courierA;
    long courierB;
    String tokenA;
    String tokenB;

    @BeforeEach
    void setUp() throws Exception {
        at(7, 0);
        branch = createBranch(unique("R"));
        slotTemplates(branch, 50, "10:00-12:00", "15:00-17:00");
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        courierA = courier("李");
        tokenA = staffToken("/api/courier", Map.of("phone", phoneOf(courierA), "password", "courier-1"));
        courierB = courier("王");
        tokenB = staffToken("/api/courier", Map.of("phone", phoneOf(courierB), "password", "courier-1"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(int hour, int minute) {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant());
    }

    private long courier(String surname) {
        return createCourier(branch, surname + "师").getId();
    }

    private String phoneOf(long staffId) {
        return jdbc.queryForObject("SELECT phone FROM staff WHERE id = ?", String.class, staffId);
    }

    private long slot(String start) {
        return jdbc.queryForObject("SELECT id FROM delivery_slot WHERE branch_id = ? AND slot_date = ? AND start_time = ?",
                Long.class, branch, LocalDate.now(clock), start);
    }

    /** A reader near the branch with a DELIVERY order for the 10:00 slot, placed while booking is open (not approved). */
    private long placedOrder(int n) throws Exception {
        String code = unique("rp");
        String reader = readerToken(code);
        jdbc.update("UPDATE reader SET delivery_eligibility = 'APPROVED', home_branch_id = ? WHERE openid = ?", branch,
                "openid-" + code);
        String street = "岳麓区改线路" + unique("") + "号";
        var random = java.util.concurrent.ThreadLocalRandom.current();
        AMAP.place(street, 28.2282 + 0.004 * Math.sin(n) + random.nextDouble(-0.001, 0.001),
                112.9388 + 0.004 * Math.cos(n) + random.nextDouble(-0.001, 0.001));
        Answer address = postJson("/api/app/addresses", Map.of("contactName", "读者" + n, "phone", "13800000000",
                "address", street, "isDefault", true), reader);
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        long addressId = ((Number) address.read("$.data.id")).longValue();
        getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), reader);
        long book = createBook("改线书" + n, branch, 1);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", List.of(items.getFirst()), "fulfilment", "DELIVERY",
                "addressId", addressId, "slotId", slot("10:00:00")), reader);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        return ((Number) placed.read("$.data.order.id")).longValue();
    }

    private void approve(long orderId) throws Exception {
        Answer approved = postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    private String status(long orderId) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId);
    }

    private long stopOf(long orderId) {
        return jdbc.queryForObject("SELECT id FROM delivery_stop WHERE order_id = ? ORDER BY id DESC LIMIT 1", Long.class, orderId);
    }

    private long routeOf(long courierId, long slotId) {
        return jdbc.queryForObject("SELECT id FROM delivery_route WHERE courier_id = ? AND slot_id = ?", Long.class,
                courierId, slotId);
    }

    private int version(long routeId) throws Exception {
        return jdbc.queryForObject("SELECT version FROM delivery_route WHERE id = ?", Integer.class, routeId);
    }

    /** Both couriers of the 10:00 slot out with two stops each, the first of A's delivered at 10:20. */
    private long[] bothCouriersOut() throws Exception {
        long[] orders = new long[4];
        for (int i = 0; i < 4; i++) {
            orders[i] = placedOrder(i);
            approve(orders[i]);
        }
        // one stop each is not enough to make the solver use both: put two on each by hand
        for (int i = 0; i < 4; i++) {
            Answer assigned = postJson("/api/admin/delivery/orders/" + orders[i] + "/assign",
                    Map.of("courierId", i < 2 ? courierA : courierB), librarian);
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        }
        at(9, 50);
        for (String token : List.of(tokenA, tokenB)) {
            long route = ((Number) getJson("/api/courier/routes/today", token).read("$.data[0].id")).longValue();
            Answer started = postJson("/api/courier/routes/" + route + "/start", Map.of(), token);
            assertThat(started.status()).as(started.body()).isEqualTo(200);
            assertThat((Object) started.read("$.data.warning")).isNull();
        }
        at(10, 20);
        String code = jdbc.queryForObject("SELECT handover_code FROM borrow_order WHERE id = ?", String.class, orders[0]);
        Answer delivered = postJson("/api/courier/stops/" + stopOf(orders[0]) + "/deliver", Map.of("code", code), tokenA);
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        return orders;
    }

    @Test
    void aLateOrderJoinsARouteUnderWayAndTheCourierSeesTheNewVersion() throws Exception {
        long late = placedOrder(7); // placed while booking was open, approved after everyone set off
        long[] orders = bothCouriersOut();
        long slot10 = slot("10:00:00");
        long routeA = routeOf(courierA, slot10);
        int versionA = version(routeA);
        int versionB = version(routeOf(courierB, slot10));
        Map<String, Object> visited = jdbc.queryForMap("SELECT seq, status, planned_arrival, completed_at, route_id "
                + "FROM delivery_stop WHERE id = ?", stopOf(orders[0]));
        int viewVersion = getJson("/api/courier/routes/today", tokenA).<Integer>read("$.data[0].version");

        at(10, 30);
        approve(late);
        DispatchPlanner.PlanResult result = planner.plan(slot10);
        assertThat(result.planned()).isEqualTo(1);

        assertThat(status(late)).isEqualTo("OUT_FOR_DELIVERY"); // the reader has a code and an ETA now
        assertThat(jdbc.queryForObject("SELECT dispatch_note FROM borrow_order WHERE id = ?", String.class, late)).isNull();
        Map<String, Object> added = jdbc.queryForMap("SELECT s.route_id, s.status, s.via_branch, s.planned_arrival "
                + "FROM delivery_stop s WHERE s.order_id = ?", late);
        assertThat(added.get("status")).isEqualTo("OUT");
        assertThat((Boolean) added.get("via_branch")).as("its books are fetched at the branch").isTrue();
        assertThat(((java.sql.Timestamp) added.get("planned_arrival")).toLocalDateTime()).isBetween(LocalDate.now(clock).atTime(10, 30),
                LocalDate.now(clock).atTime(12, 0));
        long into = ((Number) added.get("route_id")).longValue();
        assertThat(into == routeA ? version(routeA) : version(routeOf(courierB, slot10)))
                .as("the route's version changed").isGreaterThan(into == routeA ? versionA : versionB);
        assertThat(jdbc.queryForMap("SELECT seq, status, planned_arrival, completed_at, route_id FROM delivery_stop "
                + "WHERE id = ?", stopOf(orders[0]))).as("the visited stop is untouched").isEqualTo(visited);
        if (into == routeA) {
            Answer today = getJson("/api/courier/routes/today", tokenA);
            assertThat(today.<Integer>read("$.data[0].version")).isGreaterThan(viewVersion);
            assertThat(today.<List<Boolean>>read("$.data[0].stops[?(@.orderId == " + late + ")].viaBranch"))
                    .containsExactly(true);
        }
        // the route it joined stays feasible: every open stop there is re-timed and still inside the slot (the other
        // route's hand-assigned stops carry no planned time until that route changes)
        assertThat(jdbc.queryForList("SELECT s.planned_arrival FROM delivery_stop s JOIN delivery_route r ON r.id = s.route_id "
                + "WHERE r.slot_id = ? AND r.id = ? AND s.status = 'OUT'", LocalDateTime.class, slot10, into))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).isBefore(LocalDate.now(clock).atTime(12, 0)));
    }

    @Test
    void aFailedDeliveryIsReplannedWithoutAManualStep() throws Exception {
        long other = placedOrder(9); // for the afternoon, placed in the morning
        long[] orders = bothCouriersOut();
        at(10, 40);
        Answer failed = postJson("/api/courier/stops/" + stopOf(orders[1]) + "/fail", Map.of("reason", "不在家"), tokenA);
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        long slot15 = slot("15:00:00");
        assertThat(jdbc.queryForObject("SELECT slot_id FROM borrow_order WHERE id = ?", Long.class, orders[1])).isEqualTo(slot15);
        assertThat(status(orders[1])).isEqualTo("AWAITING_DISPATCH");

        // the 15:00 slot: courier B sets off with another order, the retry is planned into that route under way
        jdbc.update("UPDATE borrow_order SET slot_id = ? WHERE id = ?", slot15, other);
        approve(other);
        assertThat(postJson("/api/admin/delivery/orders/" + other + "/assign", Map.of("courierId", courierB), librarian)
                .status()).isEqualTo(200);
        jdbc.update("UPDATE courier SET on_leave = 1 WHERE staff_id = ?", courierA); // only B works this afternoon
        at(14, 55);
        long routeB = routeOf(courierB, slot15);
        assertThat(postJson("/api/courier/routes/" + routeB + "/start", Map.of(), tokenB).status()).isEqualTo(200);
        at(15, 10);
        Answer job = postJson("/api/admin/jobs/dispatchPlanJob/run", Map.of(), signedInStaff(Role.ADMIN, null));
        assertThat(job.status()).as(job.body()).isEqualTo(200);

        assertThat(status(orders[1])).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE order_id = ? AND status = 'OUT'", Long.class,
                orders[1])).isEqualTo(routeB);
    }

    @Test
    void aLibrarianMovesAnUnvisitedStopBetweenRoutesUnderWay() throws Exception {
        long[] orders = bothCouriersOut();
        long slot10 = slot("10:00:00");
        long routeA = routeOf(courierA, slot10);
        long routeB = routeOf(courierB, slot10);
        int versionA = version(routeA);
        int versionB = version(routeB);
        long moving = stopOf(orders[1]); // A's second stop, not yet visited

        Answer moved = postJson("/api/admin/delivery/stops/" + moving + "/move", Map.of("courierId", courierB), librarian);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(((Number) moved.read("$.data")).longValue()).isEqualTo(routeB);
        assertThat(jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE id = ?", Long.class, moving)).isEqualTo(routeB);
        assertThat(jdbc.queryForObject("SELECT status FROM delivery_stop WHERE id = ?", String.class, moving)).isEqualTo("OUT");
        assertThat(version(routeA)).isGreaterThan(versionA);
        assertThat(version(routeB)).isGreaterThan(versionB);
        assertThat(getJson("/api/courier/routes/today", tokenB).<List<Integer>>read("$.data[0].stops[*].id"))
                .contains((int) moving);
        // courier B hands it over with the reader's code
        String code = jdbc.queryForObject("SELECT handover_code FROM borrow_order WHERE id = ?", String.class, orders[1]);
        assertThat(postJson("/api/courier/stops/" + moving + "/deliver", Map.of("code", code), tokenB).status()).isEqualTo(200);
        // and a visited stop does not move
        Answer refused = postJson("/api/admin/delivery/stops/" + stopOf(orders[0]) + "/move", Map.of("courierId", courierB),
                librarian);
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void aCourierSettingOffHoursEarlyIsWarned() throws Exception {
        long order = placedOrder(1);
        approve(order);
        assertThat(postJson("/api/admin/delivery/orders/" + order + "/assign", Map.of("courierId", courierA), librarian)
                .status()).isEqualTo(200);
        at(7, 30);
        Answer started = postJson("/api/courier/routes/" + routeOf(courierA, slot("10:00:00")) + "/start", Map.of(), tokenA);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat((String) started.read("$.data.warning")).contains("早2小时30分钟出发");
        assertThat((String) started.read("$.data.route.status")).isEqualTo("STARTED");
    }
}
