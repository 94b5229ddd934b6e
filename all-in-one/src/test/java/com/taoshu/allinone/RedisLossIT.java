package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.taoshu.cart.CartService;
import com.taoshu.delivery.plan.DispatchPlanner;
import com.taoshu.order.internal.BorrowOrderMapper;
import com.taoshu.order.internal.OrderNumbers;
import com.taoshu.reader.Reader;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import com.taoshu.testsupport.OwnSchema;
import com.taoshu.testsupport.PrivateRedis;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis comes back empty while the apps run — a restart without persistence, a failover to a replica that is empty or
 * behind, a flush — and ordering, addresses, dispatch, sign-in and tracking go on (issue #16): nothing the apps keep
 * only in Redis may be needed to answer. The context runs on a Redis of its own ({@link PrivateRedis}), which the tests
 * flush; the shared Redis is never touched. A schema of its own too: other contexts clean the module schema when they
 * start.
 */
@DirtiesContext // its Redis goes with the class
class RedisLossIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SCHEMA_SUFFIX = "_redisloss";
    private static final PrivateRedis REDIS = PrivateRedis.start();

    @DynamicPropertySource
    static void privateRedis(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, SCHEMA_SUFFIX);
        REDIS.register(registry);
    }

    @Autowired
    RedissonClient redisson;
    @Autowired
    BorrowOrderMapper orderMapper;
    @Autowired
    CartService cart;
    @Autowired
    DispatchPlanner planner;

    @BeforeEach
    void onThePrivateRedis() {
        // what this class flushes must be what the app uses: a name written through the app is in the private server
        String probe = "taoshu:test:probe:" + unique("");
        redisson.getBucket(probe, StringCodec.INSTANCE).set("1");
        assertThat(REDIS.command("EXISTS", OwnSchema.name(SCHEMA_SUFFIX) + ":" + probe)).isEqualTo(":1");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ------------------------------------------------------------------------------------------------- order numbers

    /** One reader's submit of one title for pickup, ready to be sent (and sent again, for an idempotent retry). */
    private record Submit(String token, String body, String idempotencyKey) {
    }

    private Submit pickupOrder(long branch, String idempotencyKey) throws Exception {
        Reader reader = createReader("读者", null);
        long book = createBook(unique("号码书"), branch, 1);
        long item = cart.add(new ReaderId(reader.getId()), book, branch).items().getFirst().id();
        return new Submit(tokenFor(reader), JSON.writeValueAsString(Map.of("cartItemIds", List.of(item),
                "fulfilment", "PICKUP")), idempotencyKey);
    }

    private Answer send(Submit submit) throws Exception {
        var request = post("/api/app/orders").contentType(MediaType.APPLICATION_JSON).content(submit.body());
        if (submit.idempotencyKey() != null) {
            request.header("Idempotency-Key", submit.idempotencyKey());
        }
        return call(request, submit.token());
    }

    /** {@code count} readers each submit an order through the API (this instance's numbers); their order numbers. */
    private List<String> submitted(long branch, int count) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Answer placed = send(pickupOrder(branch, null));
            assertThat(placed.status()).as("order %d: %s", i + 1, placed.body()).isEqualTo(200);
            numbers.add(placed.read("$.data.order.orderNo"));
        }
        return numbers;
    }

    /**
     * Orders placed by another instance sharing the counter: its own {@link OrderNumbers}, its rows written as its
     * store would. A number it gives out that an order already has fails here.
     */
    private List<String> submittedElsewhere(OrderNumbers other, long branch, int count) {
        long reader = createReader("别处的读者", null).getId();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = other.next();
            try {
                jdbc.update("""
                        INSERT INTO borrow_order (order_no, reader_id, branch_id, fulfilment, status, delivery_attempts,
                                                  submitted_at, version, created_at, updated_at)
                        VALUES (?, ?, ?, 'PICKUP', 'SUBMITTED', 0, NOW(3), 0, NOW(3), NOW(3))""", number, reader, branch);
            } catch (DuplicateKeyException e) {
                throw new AssertionError("the other instance numbered an order " + number + ", which another order has", e);
            }
            numbers.add(number);
        }
        return numbers;
    }

    private List<String> numbersOf(LocalDate day) {
        return jdbc.queryForList("SELECT order_no FROM borrow_order WHERE order_no LIKE ?", String.class,
                "TS" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "%");
    }

    private void businessDay(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(SHANGHAI).toInstant());
    }

    @Test
    void afterRedisLostTheDaysCounterEveryOrderIsAcceptedWithANumberOfItsOwn() throws Exception {
        LocalDate day = LocalDate.of(2033, 3, 1); // a day of its own: its counter and numbers are this test's
        businessDay(day);
        long branch = createBranch(unique("RL"));
        OrderNumbers other = new OrderNumbers(redisson, orderMapper, clock);
        List<String> issued = new ArrayList<>(submitted(branch, 5)); // 1-5 of this instance's block 1-20
        issued.addAll(submittedElsewhere(other, branch, 5)); // the other's block 21-40
        issued.addAll(submitted(branch, 20)); // 6-20, then 41-45

        REDIS.flushAll();
        issued.addAll(submitted(branch, 25)); // past its block: the next one must start above the database's numbers
        Submit retried = pickupOrder(branch, unique("retry-"));
        Answer first = send(retried);
        Answer again = send(retried);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat((Integer) again.read("$.data.order.id")).as("the retry replays the order").isEqualTo(first.read("$.data.order.id"));
        issued.add(first.read("$.data.order.orderNo"));
        issued.addAll(submittedElsewhere(other, branch, 25)); // the rest of its block, then a new one: no collision

        assertThat(new HashSet<>(issued)).hasSize(5 + 5 + 20 + 25 + 1 + 25);
        assertThat(numbersOf(day)).containsExactlyInAnyOrderElementsOf(issued);
    }

    @Test
    void aCounterBehindTheDatabaseIsOvertakenInsteadOfRefusingOrders() throws Exception {
        LocalDate day = LocalDate.of(2033, 3, 2);
        businessDay(day);
        long branch = createBranch(unique("RL"));
        OrderNumbers other = new OrderNumbers(redisson, orderMapper, clock);
        List<String> issued = new ArrayList<>(submitted(branch, 10)); // 1-10 of block 1-20
        issued.addAll(submittedElsewhere(other, branch, 25)); // 21-40, 41-45

        // a failover to a replica that lagged: the counter is back where it was after the first block
        redisson.getAtomicLong("taoshu:order-no:" + day.format(DateTimeFormatter.BASIC_ISO_DATE)).set(20);
        issued.addAll(submitted(branch, 15)); // 11-20, then 21 is refused by the database: a block above 45
        issued.addAll(submittedElsewhere(other, branch, 20)); // the rest of 41-60, then a new block

        assertThat(new HashSet<>(issued)).hasSize(10 + 25 + 15 + 20);
        assertThat(numbersOf(day)).containsExactlyInAnyOrderElementsOf(issued);
    }

    // ---------------------------------------------------------------------------------------------------- sessions

    @Test
    void sessionsEndWithA401AndSigningInWorksAgain() throws Exception {
        long branch = createBranch(unique("RL"));
        String reader = tokenFor(createReader("读者", null));
        String librarian = signedInStaff(Role.LIBRARIAN, branch);
        assertThat(getJson("/api/app/me", reader).status()).isEqualTo(200);
        assertThat(getJson("/api/admin/orders", librarian).status()).isEqualTo(200);

        REDIS.flushAll();
        for (Answer gone : List.of(getJson("/api/app/me", reader), getJson("/api/admin/orders", librarian))) {
            assertThat(gone.status()).as(gone.body()).isEqualTo(401);
            assertThat(gone.code()).isEqualTo(10102);
        }
        // the login budget and the failure counts are set up afresh: signing in works at once
        assertThat(getJson("/api/admin/orders", signedInStaff(Role.LIBRARIAN, branch)).status()).isEqualTo(200);
        assertThat(getJson("/api/app/me", readerToken(unique("back"))).status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------------------------------- addresses and dispatch

    private long branch;
    private long slot;

    /** A branch with a 10:00 slot today and a courier; the clock at 07:00, when the slot is open for booking. */
    private void deliveryBranch() {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(7, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("RD"));
        slotTemplates(branch, 50, "10:00-12:00");
        createCourier(branch, null);
    }

    /** A reader who may have books delivered, their address saved through AMap: the answer to saving it. */
    private Answer readerWithAddress(String reader, String code, int n) throws Exception {
        given.approvedForDelivery(given.readerLoggedInAs(code), branch);
        String street = "岳麓区断电路" + unique("") + "号";
        // fresh coordinates every run, so the distances are asked of the map and not found in a cache
        var random = java.util.concurrent.ThreadLocalRandom.current();
        AMAP.place(street, 28.2282 + 0.004 * Math.sin(n) + random.nextDouble(-0.002, 0.002),
                112.9388 + 0.004 * Math.cos(n) + random.nextDouble(-0.002, 0.002));
        return postJson("/api/app/addresses", Map.of("contactName", "读者" + n, "phone", "13800000000",
                "address", street, "isDefault", true), reader);
    }

    /** An approved DELIVERY order of one title for today's 10:00 slot. */
    private long deliveryOrder(String reader, long addressId, String librarian) throws Exception {
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), reader);
        slot = ((Number) slots.read("$.data[0].id")).longValue();
        long book = createBook(unique("送书"), branch, 1);
        Answer added = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader);
        long item = ((Number) added.<List<Integer>>read("$.data.items[?(@.bookId == " + book + ")].id").getFirst()).longValue();
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", List.of(item), "fulfilment", "DELIVERY",
                "addressId", addressId, "slotId", slot), reader);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        return orderId;
    }

    private long deliveryOrderOfANewReader(String librarian, int n) throws Exception {
        String code = unique("rd");
        String reader = readerToken(code);
        Answer address = readerWithAddress(reader, code, n);
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        return deliveryOrder(reader, ((Number) address.read("$.data.id")).longValue(), librarian);
    }

    private String status(long orderId) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId);
    }

    @Test
    void addressesAndDispatchWorkWhenTheMapsRateLimiterIsGoneOrRedisFails() throws Exception {
        deliveryBranch();
        REDIS.flushAll(); // the AMap rate limiter (set up when the app started) is gone with everything else
        String librarian = signedInStaff(Role.LIBRARIAN, branch);

        String code = unique("rd");
        String reader = readerToken(code);
        Answer saved = readerWithAddress(reader, code, 1);
        assertThat(saved.status()).as("saving an address: " + saved.body()).isEqualTo(200);
        long first = deliveryOrder(reader, ((Number) saved.read("$.data.id")).longValue(), librarian);

        AMAP.clearRequests();
        Answer plan = postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), librarian);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat((Boolean) plan.read("$.data.estimated")).as("the limiter was set up again: road distances").isFalse();
        assertThat(AMAP.requests("/v3/distance")).isNotEmpty();
        assertThat(status(first)).isEqualTo("DISPATCHED");

        // Redis failing on the map path (here: the limiter's name holds something else) costs the road distances only
        long second = deliveryOrderOfANewReader(librarian, 2);
        redisson.getBucket("taoshu:amap:qps", StringCodec.INSTANCE).set("not a rate limiter");
        try {
            Answer estimated = postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), librarian);
            assertThat(estimated.status()).as(estimated.body()).isEqualTo(200);
            assertThat((Boolean) estimated.read("$.data.estimated")).isTrue();
            assertThat((Integer) estimated.read("$.data.planned")).isEqualTo(1);
            assertThat(status(second)).isEqualTo("DISPATCHED");
        } finally {
            redisson.getBucket("taoshu:amap:qps").delete();
        }
    }

    @Test
    void aPlanWhoseLockRedisLostMeanwhileStands() throws Exception {
        deliveryBranch();
        String librarian = signedInStaff(Role.LIBRARIAN, branch);
        long order = deliveryOrderOfANewReader(librarian, 3);

        CountDownLatch release = new CountDownLatch(1);
        AMAP.clearRequests();
        AMAP.holdDistance(release);
        CompletableFuture<DispatchPlanner.PlanResult> plan;
        try {
            plan = CompletableFuture.supplyAsync(() -> planner.plan(slot));
            // the planner holds the slot's lock and waits for AMap: now Redis loses everything, the lock included
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !AMAP.requests("/v3/distance").isEmpty());
            REDIS.flushAll();
        } finally {
            release.countDown();
            AMAP.holdDistance(null);
        }
        DispatchPlanner.PlanResult result = plan.get(60, TimeUnit.SECONDS);
        assertThat(result.ran()).isTrue();
        assertThat(result.planned()).isEqualTo(1);
        assertThat(status(order)).isEqualTo("DISPATCHED");
    }

    // ------------------------------------------------------------------------------------------------ courier positions

    @Test
    void trackingWithoutTheCouriersLastPositionShowsThePlanInstead() throws Exception {
        deliveryBranch();
        String librarian = signedInStaff(Role.LIBRARIAN, branch);
        String code = unique("rd");
        String reader = readerToken(code);
        Answer address = readerWithAddress(reader, code, 4);
        long order = deliveryOrder(reader, ((Number) address.read("$.data.id")).longValue(), librarian);
        long courier = jdbc.queryForObject("SELECT staff_id FROM courier WHERE branch_id = ?", Long.class, branch);
        assertThat(postJson("/api/admin/delivery/orders/" + order + "/assign", Map.of("courierId", courier), librarian).status())
                .isEqualTo(200);
        String phone = jdbc.queryForObject("SELECT phone FROM staff WHERE id = ?", String.class, courier);
        String courierToken = staffToken("/api/courier", Map.of("phone", phone, "password", "courier-1"));
        long route = jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE order_id = ?", Long.class, order);
        assertThat(postJson("/api/courier/routes/" + route + "/start", Map.of(), courierToken).status()).isEqualTo(200);
        assertThat(postJson("/api/courier/location", Map.of("lat", 28.2290, "lng", 112.9400), courierToken).status()).isEqualTo(200);
        assertThat((Double) getJson("/api/app/orders/" + order, reader).read("$.data.tracking.courierLat")).isNotNull();

        REDIS.flushAll();
        reader = readerToken(code);
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        Answer tracked = getJson("/api/app/orders/" + order, reader);
        assertThat(tracked.status()).as(tracked.body()).isEqualTo(200);
        assertThat((Object) tracked.read("$.data.tracking.courierLat")).as("no last position").isNull();
        assertThat((Object) tracked.read("$.data.tracking.positionAt")).isNull();
        assertThat((String) tracked.read("$.data.tracking.eta")).as("the planned arrival").isEqualTo(tracked.read("$.data.tracking.plannedArrival"));
        Answer positions = getJson("/api/admin/delivery/couriers/positions?branchId=" + branch, librarian);
        assertThat(positions.status()).isEqualTo(200);
        assertThat((List<?>) positions.read("$.data")).isEmpty();

        // the courier signs in again and reports: the position is back
        courierToken = staffToken("/api/courier", Map.of("phone", phone, "password", "courier-1"));
        assertThat(postJson("/api/courier/location", Map.of("lat", 28.2291, "lng", 112.9401), courierToken).status()).isEqualTo(200);
        assertThat((Double) getJson("/api/app/orders/" + order, reader).read("$.data.tracking.courierLat"))
                .isEqualTo(28.2291, org.assertj.core.data.Offset.offset(0.001));
    }
}
