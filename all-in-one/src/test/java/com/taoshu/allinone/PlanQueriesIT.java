package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.delivery.plan.DispatchPlanner;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import com.taoshu.testsupport.SqlStatements;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner reads a slot's work in a fixed number of queries (issue 21, part 4): a slot of twelve doors is planned
 * with exactly as many SELECTs as a slot of three — no query per visit for its address, its reader's order, the
 * order's books — and so is a re-plan with the jobs already on a route that has not set off.
 */
class PlanQueriesIT extends ApiTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(PlanQueriesIT.class);

    @Autowired
    DispatchPlanner planner;
    @Autowired
    SqlSessionFactory sessions;

    SqlStatements sql;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(7, 0)).atZone(SHANGHAI).toInstant());
        sql = SqlStatements.on(sessions);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A branch with one courier (a bag of 20) and its 10:00 slot; {@code slot} is known once an order booked it. */
    final class Site {
        final long branch;
        final String librarian;
        long slot;

        Site() throws Exception {
            branch = createBranch(unique("Q"));
            slotTemplates(branch, 50, "10:00-12:00");
            librarian = signedInStaff(Role.LIBRARIAN, branch);
            createCourier(branch, null, 20, false);
        }

        /** A delivery-eligible reader with an address of its own near the branch; {@code slot} is the 10:00 slot. */
        private Door door(int n) throws Exception {
            String code = unique("pq");
            String reader = readerToken(code);
            long readerId = given.readerLoggedInAs(code);
            given.approvedForDelivery(readerId, branch);
            String street = "岳麓区计数路" + unique("") + "号";
            var random = ThreadLocalRandom.current(); // fresh points: the travel-time cache in Redis outlives test runs
            AMAP.place(street, 28.2282 + 0.004 * Math.sin(n) + random.nextDouble(-0.002, 0.002),
                    112.9388 + 0.004 * Math.cos(n) + random.nextDouble(-0.002, 0.002));
            Answer address = postJson("/api/app/addresses", Map.of("contactName", "读者" + n, "phone", "13800000000",
                    "address", street, "isDefault", true), reader);
            long addressId = ((Number) address.read("$.data.id")).longValue();
            slot = ((Number) getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), reader)
                    .read("$.data[0].id")).longValue();
            return new Door(reader, readerId, addressId);
        }

        /** An approved DELIVERY order of one book for the 10:00 slot, at a door of its own near the branch. */
        long waitingOrder(int n) throws Exception {
            Door door = door(n);
            long book = createBook("计数书" + n, branch, 1);
            Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), door.token());
            long item = ((Number) cart.<java.util.List<Integer>>read("$.data.items[?(@.bookId == " + book + ")].id").getFirst())
                    .longValue();
            Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", java.util.List.of(item), "fulfilment", "DELIVERY",
                    "addressId", door.addressId(), "slotId", slot), door.token());
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            long orderId = ((Number) placed.read("$.data.order.id")).longValue();
            assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
            return orderId;
        }

        /** A return pickup (上门取还) of one loan for the 10:00 slot, at a door of its own near the branch. */
        long waitingPickup(int n) throws Exception {
            Door door = door(100 + n);
            long loan = given.loanBorrowedDaysAgo(door.readerId(), createBook("取还书" + n, branch, 1), branch, 3);
            Answer asked = postJson("/api/app/return-pickups", Map.of("loanIds", java.util.List.of(loan),
                    "addressId", door.addressId(), "slotId", slot), door.token());
            assertThat(asked.status()).as(asked.body()).isEqualTo(200);
            return ((Number) asked.read("$.data.id")).longValue();
        }

        SqlStatements.Recorded<DispatchPlanner.PlanResult> plan() throws Exception {
            return sql.during(() -> planner.plan(slot));
        }
    }

    record Door(String token, long readerId, long addressId) {
    }

    @Test
    void twelveDoorsArePlannedWithAsManyQueriesAsThree() throws Exception {
        Site small = new Site();
        for (int i = 0; i < 3; i++) {
            small.waitingOrder(i);
        }
        Site large = new Site();
        for (int i = 0; i < 12; i++) {
            large.waitingOrder(i);
        }

        var three = small.plan();
        var twelve = large.plan();
        assertThat(three.result().planned()).isEqualTo(3);
        assertThat(twelve.result().planned()).isEqualTo(12);
        log.info("planned 3 doors with {} SELECTs, 12 doors with {}", three.selects().size(), twelve.selects().size());
        assertThat(twelve.selects()).as("12 doors: %s%n3 doors: %s", twelve.selects(), three.selects())
                .hasSameSizeAs(three.selects());
        // the recorder does see the plan's writes, which grow with the jobs: at least a stop, the order and its history each
        assertThat(twelve.writes().size() - three.writes().size()).isGreaterThanOrEqualTo(9 * 3);

        // one more order each: planned together with the jobs already on the route that has not set off
        small.waitingOrder(3);
        large.waitingOrder(12);
        var threeKept = small.plan();
        var twelveKept = large.plan();
        assertThat(threeKept.result().planned()).isEqualTo(1);
        assertThat(twelveKept.result().planned()).isEqualTo(1);
        log.info("re-planned 3 + 1 doors with {} SELECTs, 12 + 1 doors with {}", threeKept.selects().size(),
                twelveKept.selects().size());
        assertThat(twelveKept.selects()).as("12 doors kept: %s%n3 doors kept: %s", twelveKept.selects(), threeKept.selects())
                .hasSameSizeAs(threeKept.selects());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_stop s JOIN delivery_route r ON r.id = s.route_id "
                + "WHERE r.slot_id = ?", Integer.class, large.slot)).isEqualTo(13);
    }

    @Test
    void returnPickupsArePlannedAndDispatchedWithoutAQueryEach() throws Exception {
        Site few = new Site();
        few.waitingOrder(0);
        few.waitingPickup(0);
        Site many = new Site();
        many.waitingOrder(0);
        for (int i = 0; i < 6; i++) {
            many.waitingPickup(i);
        }

        var two = few.plan();
        var seven = many.plan();
        assertThat(two.result().planned()).isEqualTo(2);
        assertThat(seven.result().planned()).isEqualTo(7);
        log.info("planned 1 order + 1 pickup with {} SELECTs, 1 + 6 with {}", two.selects().size(), seven.selects().size());
        assertThat(seven.selects()).as("1 + 6: %s%n1 + 1: %s", seven.selects(), two.selects()).hasSameSizeAs(two.selects());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_pickup p WHERE p.slot_id = ? AND p.status = 'DISPATCHED'",
                Integer.class, many.slot)).isEqualTo(6);
    }
}
