package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.delivery.plan.DispatchPlanner;
import com.taoshu.shared.redis.InstanceLocks;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Autowired;

/** dispatchPlanJob: the slot's waiting orders become routes with planned times, once, by one planner. */
class DispatchPlanIT extends ApiTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    DispatchPlanner planner;
    @Autowired
    RedissonClient redisson;

    long branch;
    String librarian;
    String admin;
    long slot;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(7, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("P"));
        slotTemplates(branch, 50, "10:00-12:00");
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        admin = signedInStaff(Role.ADMIN, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long courier(int bag, boolean onLeave) {
        return createCourier(branch, null, bag, onLeave).getId();
    }

    /** A DELIVERY order with {@code books} titles, approved, for the 10:00 slot; addresses spread around the branch. */
    private long waitingOrder(int n, int books) throws Exception {
        String code = unique("pl");
        String reader = readerToken(code);
        jdbc.update("UPDATE reader SET delivery_eligibility = 'APPROVED', home_branch_id = ? WHERE openid = ?", branch, "openid-" + code);
        String street = "岳麓区规划路" + unique("") + "号";
        // fresh coordinates every run: the travel-time cache in Redis outlives test runs
        var random = java.util.concurrent.ThreadLocalRandom.current();
        AMAP.place(street, 28.2282 + 0.004 * Math.sin(n) + random.nextDouble(-0.002, 0.002),
                112.9388 + 0.004 * Math.cos(n) + random.nextDouble(-0.002, 0.002));
        Answer address = postJson("/api/app/addresses", Map.of("contactName", "读者" + n, "phone", "13800000000",
                "address", street, "isDefault", true), reader);
        long addressId = ((Number) address.read("$.data.id")).longValue();
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), reader);
        slot = ((Number) slots.read("$.data[0].id")).longValue();
        List<Long> items = new ArrayList<>();
        for (int b = 0; b < books; b++) {
            long book = createBook("规划书" + n + "-" + b, branch, 1);
            Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader);
            items.add(((Number) cart.<List<Integer>>read("$.data.items[?(@.bookId == " + book + ")].id").getFirst()).longValue());
        }
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", items, "fulfilment", "DELIVERY",
                "addressId", addressId, "slotId", slot), reader);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        return orderId;
    }

    private String status(long orderId) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId);
    }

    @Test
    void theSlotsOrdersBecomeRoutesWithPlannedTimesOnce() throws Exception {
        long a = courier(5, false);
        long b = courier(5, false);
        long onLeave = courier(5, true);
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            orders.add(waitingOrder(i, 1));
        }
        long tooBig = waitingOrder(99, 6); // more books than any bag holds

        // two planners at once: one plans, the other steps aside
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<DispatchPlanner.PlanResult>> runs = List.of(
                pool.submit(() -> { start.await(); return planner.plan(slot); }),
                pool.submit(() -> { start.await(); return planner.plan(slot); }));
        start.countDown();
        List<DispatchPlanner.PlanResult> results = new ArrayList<>();
        for (Future<DispatchPlanner.PlanResult> f : runs) {
            results.add(f.get());
        }
        pool.shutdown();
        int planned = results.stream().mapToInt(DispatchPlanner.PlanResult::planned).sum();
        assertThat(planned).isEqualTo(6);

        for (long order : orders) {
            assertThat(status(order)).isEqualTo("DISPATCHED");
        }
        assertThat(status(tooBig)).isEqualTo("AWAITING_DISPATCH");
        assertThat(jdbc.queryForObject("SELECT dispatch_note FROM borrow_order WHERE id = ?", String.class, tooBig)).contains("书包");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_route WHERE slot_id = ? AND courier_id = ?", Integer.class,
                slot, onLeave)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop s JOIN delivery_route r ON r.id = s.route_id "
                + "WHERE r.slot_id = ?", Integer.class, slot)).isEqualTo(6);
        List<LocalDateTime> arrivals = jdbc.queryForList("SELECT s.planned_arrival FROM delivery_stop s JOIN delivery_route r "
                + "ON r.id = s.route_id WHERE r.slot_id = ?", LocalDateTime.class, slot);
        LocalDateTime from = LocalDate.now(clock).atTime(10, 0);
        LocalDateTime to = LocalDate.now(clock).atTime(12, 0);
        assertThat(arrivals).allSatisfy(t -> assertThat(t).isBetween(from, to));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT r.id FROM delivery_stop s JOIN delivery_route r "
                + "ON r.id = s.route_id WHERE r.slot_id = ? GROUP BY r.id HAVING COUNT(DISTINCT s.seq) <> COUNT(*)) t",
                Integer.class, slot)).as("routes visiting two stops at one position").isZero();
        // six books, bags of five: both couriers at work ride, and no one else
        assertThat(jdbc.queryForList("SELECT courier_id FROM delivery_route WHERE slot_id = ?", Long.class, slot))
                .containsExactlyInAnyOrder(a, b);

        // again: nothing changes
        long stopsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop", Long.class);
        Answer rerun = postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), librarian);
        assertThat(rerun.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop", Long.class)).isEqualTo(stopsBefore);
        assertThat(status(tooBig)).isEqualTo("AWAITING_DISPATCH");
    }

    @Test
    void travelTimesComeFromAmapCachedInRedisAndFallBackToEstimates() throws Exception {
        courier(10, false);
        waitingOrder(1, 1);
        waitingOrder(2, 1);
        AMAP.clearRequests();
        DispatchPlanner.PlanResult fromAmap = planner.plan(slot);
        assertThat(fromAmap.estimated()).isFalse();
        assertThat(fromAmap.planned()).isEqualTo(2);
        assertThat(AMAP.requests("/v3/distance")).hasSize(3); // one call per destination (branch + 2 stops)

        // a later order at a new address joins the route that has not set off; only uncached pairs are asked for
        long late = waitingOrder(3, 1);
        AMAP.clearRequests();
        DispatchPlanner.PlanResult replan = planner.plan(slot);
        assertThat(replan.estimated()).isFalse();
        assertThat(replan.planned()).isEqualTo(1);
        assertThat(status(late)).isEqualTo("DISPATCHED");
        assertThat(AMAP.requests("/v3/distance")).hasSize(4); // a new column for the new stop + its row in 3 cached columns
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop s JOIN delivery_route r ON r.id = s.route_id "
                + "WHERE r.slot_id = ?", Integer.class, slot)).isEqualTo(3);

        waitingOrder(4, 1);
        AMAP.distanceDown(true);
        try {
            DispatchPlanner.PlanResult estimated = planner.plan(slot);
            assertThat(estimated.estimated()).isTrue();
            assertThat(estimated.planned()).isEqualTo(1);
        } finally {
            AMAP.distanceDown(false);
        }
    }

    @Test
    void theScheduledJobPlansSlotsWhoseBookingHasClosed() throws Exception {
        courier(20, false);
        long order = waitingOrder(1, 2);
        assertThat(postJson("/api/admin/jobs/dispatchPlanJob/run", Map.of(), admin).status()).isEqualTo(200);
        assertThat(status(order)).isEqualTo("AWAITING_DISPATCH"); // 07:00: booking for 10:00 still open

        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(9, 30)).atZone(SHANGHAI).toInstant());
        Answer run = postJson("/api/admin/jobs/dispatchPlanJob/run", Map.of(), admin);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(status(order)).isEqualTo("DISPATCHED");
        Answer plan = getJson("/api/admin/delivery/routes?date=" + LocalDate.now(clock) + "&slotId=" + slot, librarian);
        assertThat((Integer) plan.read("$.data[0].stops[0].orderId")).isEqualTo((int) order);
        assertThat((String) plan.read("$.data[0].stops[0].plannedArrival")).isNotNull();
    }

    /**
     * An instance killed while planning a slot leaves its lock behind. The lock dies with its holder: until the
     * watchdog timeout (2 s in tests, 30 s in production) the slot shows as being planned and a librarian's plan is
     * refused with that reason; the job waits for it and then plans the slot. With a fixed ten-minute lease the slot
     * stayed blocked and the job reported success having planned nothing.
     */
    @Test
    void aPlannerThatDiedHoldsItsSlotOnlyUntilTheWatchdogLetsGo() throws Exception {
        courier(10, false);
        long order = waitingOrder(1, 1);
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(9, 30)).atZone(SHANGHAI).toInstant());

        // another instance (its own connection, same Redis names) takes the slot as a planner does, then dies:
        // shut down without unlocking, so nobody renews its lock any more. Its watchdog timeout is 5 s (this app's
        // is 2 s), a margin for the checks below on a busy machine; the job waits the app's timeout + 10 s at most.
        RedissonClient other = Redisson.create(new Config(redisson.getConfig()).setLockWatchdogTimeout(5_000));
        try {
            InstanceLocks elsewhere = new InstanceLocks(other, clock, "taoshu-admin-2#4711");
            assertThat(elsewhere.tryHold(DispatchPlanner.lockName(slot), "定时任务")).isPresent();
        } finally {
            other.shutdown();
        }

        // meanwhile: the slot is busy, and says so
        DispatchPlanner.PlanResult skipped = planner.plan(slot);
        assertThat(skipped.ran()).isFalse();
        assertThat(skipped.skipped()).isEqualTo("另一实例正在为该时段排线（开始于 09:30）");
        Answer desk = postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), librarian);
        assertThat(desk.status()).as(desk.body()).isEqualTo(409);
        assertThat(desk.code()).isEqualTo(50311);
        assertThat(desk.msg()).isEqualTo("另一实例正在为该时段排线（开始于 09:30），请稍后刷新查看");
        String board = "/api/admin/delivery/slots?branchId=" + branch + "&date=" + LocalDate.now(clock);
        Answer planning = getJson(board, librarian);
        assertThat(planning.status()).as(planning.body()).isEqualTo(200);
        assertThat(planning.<List<String>>read("$.data[?(@.id == " + slot + ")].planning.startedBy")).containsExactly("定时任务");
        assertThat(planning.<List<String>>read("$.data[?(@.id == " + slot + ")].planning.instance"))
                .containsExactly("taoshu-admin-2#4711");
        assertThat(planning.<List<String>>read("$.data[?(@.id == " + slot + ")].planning.since")).singleElement()
                .asString().startsWith(LocalDate.now(clock) + "T09:30");
        assertThat(status(order)).isEqualTo("AWAITING_DISPATCH");

        // the job finds the slot busy, waits for the dead holder's lock to lapse, and plans it
        Answer run = postJson("/api/admin/jobs/dispatchPlanJob/run", Map.of(), admin);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat((String) run.read("$.data.summary")).contains("waited=1").doesNotContain("skipped");
        assertThat(status(order)).isEqualTo("DISPATCHED");
        assertThat(getJson(board, librarian).<List<Object>>read("$.data[?(@.id == " + slot + ")].planning"))
                .as("nobody plans the slot now").containsOnlyNulls();
    }
}
