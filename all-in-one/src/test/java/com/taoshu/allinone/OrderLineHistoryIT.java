package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each move of an order line is a row of order_line_history: from, to, who, why, when, next to the order's own. */
class OrderLineHistoryIT extends ApiTestBase {

    long branch;
    String librarian;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("LH"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        admin = signedInStaff(Role.ADMIN, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Move(String from, String to, String actorType, String reason) {
    }

    private long submitted(String reader, long... books) throws Exception {
        long[] items = new long[books.length];
        for (int i = 0; i < books.length; i++) {
            Answer added = postJson("/api/app/cart/items", Map.of("bookId", books[i], "branchId", branch), reader);
            assertThat(added.status()).as(added.body()).isEqualTo(200);
            List<Integer> ids = added.read("$.data.items[?(@.bookId == " + books[i] + ")].id");
            items[i] = ids.getFirst();
        }
        Answer answer = postJson("/api/app/orders", Map.of("cartItemIds", items, "fulfilment", "PICKUP"), reader);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ((Number) answer.read("$.data.order.id")).longValue();
    }

    private long line(long orderId, long bookId) {
        return jdbc.queryForObject("SELECT id FROM borrow_order_line WHERE order_id = ? AND book_id = ?", Long.class,
                orderId, bookId);
    }

    private List<Move> moves(long lineId) {
        return jdbc.query("SELECT from_status, to_status, actor_type, reason FROM order_line_history WHERE line_id = ? ORDER BY id",
                (rs, i) -> new Move(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), lineId);
    }

    private long staffId(String status, long orderId) {
        return jdbc.queryForObject("SELECT actor_id FROM order_history WHERE order_id = ? AND to_status = ?", Long.class,
                orderId, status);
    }

    @Test
    void aPartialApprovalRecordsTheRefusedLineAndThePickupTheLentOne() throws Exception {
        long keep = createBook("呐喊", branch, 1);
        long drop = createBook("彷徨", branch, 1);
        long orderId = submitted(readerToken(unique("lh-part")), keep, drop);
        long kept = line(orderId, keep);
        long refused = line(orderId, drop);

        Answer approved = postJson("/api/admin/orders/" + orderId + "/approve",
                Map.of("rejectLineIds", List.of(refused), "reason", "书页破损"), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        // the kept line stays HELD: approving the order moves no line that is kept
        assertThat(moves(kept)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order_line WHERE id = ?", String.class, kept)).isEqualTo("HELD");
        assertThat(moves(refused)).containsExactly(new Move("HELD", "REJECTED", "LIBRARIAN", "书页破损"));
        long approver = staffId("APPROVED", orderId);
        assertThat(jdbc.queryForObject("SELECT actor_id FROM order_line_history WHERE line_id = ?", Long.class, refused))
                .isEqualTo(approver);
        assertThat(jdbc.queryForObject("SELECT order_id FROM order_line_history WHERE line_id = ?", Long.class, refused))
                .isEqualTo(orderId);

        assertThat(postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(moves(kept)).containsExactly(new Move("HELD", "LENT", "LIBRARIAN", null));
        assertThat(moves(refused)).hasSize(1);
        LocalDateTime pickedUp = jdbc.queryForObject(
                "SELECT created_at FROM order_history WHERE order_id = ? AND to_status = 'PICKED_UP'", LocalDateTime.class, orderId);
        assertThat(jdbc.queryForObject("SELECT created_at FROM order_line_history WHERE line_id = ?", LocalDateTime.class, kept))
                .isEqualTo(pickedUp);
    }

    @Test
    void aRejectedOrderRecordsEachLineRejected() throws Exception {
        long one = createBook("朝花夕拾", branch, 1);
        long two = createBook("故事新编", branch, 1);
        long orderId = submitted(readerToken(unique("lh-rej")), one, two);

        assertThat(postJson("/api/admin/orders/" + orderId + "/reject", Map.of("reason", "证件待核实"), librarian).status())
                .isEqualTo(200);
        List<Move> rows = jdbc.query(
                "SELECT from_status, to_status, actor_type, reason FROM order_line_history WHERE order_id = ? ORDER BY line_id",
                (rs, i) -> new Move(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), orderId);
        assertThat(rows).extracting(Move::from, Move::to, Move::actorType, Move::reason).containsExactly(
                tuple("HELD", "REJECTED", "LIBRARIAN", "证件待核实"), tuple("HELD", "REJECTED", "LIBRARIAN", "证件待核实"));
    }

    @Test
    void anUncollectedOrderRecordsItsLinesReleasedByTheSystemOnce() throws Exception {
        long book = createBook("野草", branch, 1);
        long orderId = submitted(readerToken(unique("lh-exp")), book);
        postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);

        clock.advance(Duration.ofDays(4));
        assertThat(postJson("/api/admin/jobs/pickupExpiryJob/run", Map.of(), admin).status()).isEqualTo(200);
        assertThat(moves(line(orderId, book))).containsExactly(new Move("HELD", "RELEASED", "SYSTEM", "逾期未取"));
        postJson("/api/admin/jobs/pickupExpiryJob/run", Map.of(), admin);
        assertThat(moves(line(orderId, book))).hasSize(1);
    }

    @Test
    void aDeliveryAtTheDoorRecordsTheLineLentByTheCourier() throws Exception {
        ZoneId changsha = ZoneId.of("Asia/Shanghai");
        clock.set(LocalDate.now(changsha).atTime(LocalTime.of(8, 0)).atZone(changsha).toInstant());
        slotTemplates(branch, 10, "10:00-12:00");
        long courier = createCourier(branch, "周建国").getId();
        String courierToken = staffToken("/api/courier", Map.of(
                "phone", jdbc.queryForObject("SELECT phone FROM staff WHERE id = ?", String.class, courier), "password", "courier-1"));
        String code = unique("lh-door");
        String reader = readerToken(code);
        given.approvedForDelivery(given.readerLoggedInAs(code), branch);
        long address = ((Number) postJson("/api/app/addresses", Map.of("contactName", "钱奶奶", "phone", "13811113333",
                "address", "岳麓区" + unique("路"), "isDefault", true), reader).read("$.data.id")).longValue();
        List<Integer> slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), reader)
                .read("$.data[?(@.startTime == '10:00:00')].id");
        long book = createBook("热风", branch, 1);
        List<Integer> items = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader)
                .read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", List.of(items.getFirst()), "fulfilment", "DELIVERY",
                "addressId", address, "slotId", slots.getFirst()), reader);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(moves(line(orderId, book))).as("approved: still HELD, no move").isEmpty();
        assertThat(postJson("/api/admin/delivery/orders/" + orderId + "/assign", Map.of("courierId", courier), librarian).status())
                .isEqualTo(200);
        long stop = jdbc.queryForObject("SELECT id FROM delivery_stop WHERE order_id = ?", Long.class, orderId);
        long route = jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE id = ?", Long.class, stop);
        assertThat(postJson("/api/courier/routes/" + route + "/start", Map.of(), courierToken).status()).isEqualTo(200);
        String handover = jdbc.queryForObject("SELECT handover_code FROM borrow_order WHERE id = ?", String.class, orderId);

        Answer delivered = postJson("/api/courier/stops/" + stop + "/deliver", Map.of("code", handover), courierToken);
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(moves(line(orderId, book))).containsExactly(new Move("HELD", "LENT", "COURIER", null));
        assertThat(jdbc.queryForObject("SELECT actor_id FROM order_line_history WHERE order_id = ?", Long.class, orderId))
                .isEqualTo(courier);
    }
}
