package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.taoshu.order.PickupExpiryService;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The desk at scanner speed (issue 18 part 2): returns by barcode, holding-shelf slots, identifying the reader by
 * e-card or pickup code, and checkout of books in hand without an order.
 */
class DeskScannerIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    PickupExpiryService expiry;

    long branch;
    String librarian;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("DK"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Someone(String token, long id) {
    }

    private Someone reader(String name) throws Exception {
        String code = unique("dk");
        String token = readerToken(code);
        long id = given.readerLoggedInAs(code);
        given.named(id, name);
        return new Someone(token, id);
    }

    private String barcodeOf(long book) {
        return jdbc.queryForObject("SELECT barcode FROM book_copy WHERE book_id = ? ORDER BY id LIMIT 1", String.class, book);
    }

    /** The reader has the title's first copy at home since {@code daysAgo}, due after 30 days (a 通借通还 card). */
    private long lend(long book, Someone reader, int daysAgo) {
        return given.loanBorrowedDaysAgo(reader.id(), book, branch, daysAgo);
    }

    private long order(Someone reader, long book) throws Exception {
        Answer added = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader.token());
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        List<Integer> ids = added.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer submitted = call(post("/api/app/orders").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("cartItemIds", List.of(ids.getFirst()), "fulfilment", "PICKUP"))),
                reader.token());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return ((Number) submitted.read("$.data.order.id")).longValue();
    }

    private void approve(long orderId) throws Exception {
        Answer approved = postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    private String slotOf(long orderId) {
        return jdbc.queryForObject("SELECT shelf_slot FROM borrow_order WHERE id = ?", String.class, orderId);
    }

    private int slotRows(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM holding_shelf_slot WHERE order_id = ?", Integer.class, orderId);
    }

    private Answer giveBack(String barcode, String staff) throws Exception {
        return postJson("/api/admin/returns", Map.of("barcode", barcode), staff);
    }

    // ------------------------------------------------------------------------------------------------ returns

    @Test
    void aScannedReturnSaysWhoseLoanItWasAndWhereTheBookGoesAndASecondScanChangesNothing() throws Exception {
        long queued = createBook("有人排队的书", branch, 1);
        Someone holder = reader("李四海");
        long loan = lend(queued, holder, 33); // due 3 days ago
        Someone waiting = reader("王小明");
        assertThat(postJson("/api/app/reservations", Map.of("bookId", queued, "branchId", branch), waiting.token()).status())
                .isEqualTo(200);

        Answer back = giveBack(" " + barcodeOf(queued) + " ", librarian);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat((Integer) back.read("$.data.loanId")).isEqualTo((int) loan);
        assertThat((String) back.read("$.data.title")).isEqualTo("有人排队的书");
        assertThat((String) back.read("$.data.readerName")).isEqualTo("李**");
        assertThat((Integer) back.read("$.data.overdueDays")).isEqualTo(3);
        assertThat((Boolean) back.read("$.data.alreadyReturned")).isFalse();
        assertThat((String) back.read("$.data.action")).isEqualTo("HOLDING_SHELF");
        assertThat((String) back.read("$.data.shelfSlot")).isEqualTo("A-01");
        assertThat((String) back.read("$.data.instruction")).isEqualTo("放到暂存架 A-01，留给王**");
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, loan)).isEqualTo("RETURNED");
        long kept = jdbc.queryForObject("SELECT held_by_order_id FROM book_copy WHERE book_id = ?", Long.class, queued);
        assertThat(jdbc.queryForObject("SELECT reader_id FROM borrow_order WHERE id = ?", Long.class, kept)).isEqualTo(waiting.id());
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, kept)).isEqualTo("READY_FOR_PICKUP");
        assertThat(slotOf(kept)).isEqualTo("A-01");

        // the scanner fires twice: answered, nothing returned twice
        Answer again = giveBack(barcodeOf(queued), librarian);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat((Boolean) again.read("$.data.alreadyReturned")).isTrue();
        assertThat((String) again.read("$.data.instruction")).startsWith("这本书已经还过了").contains("A-01", "王**");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan_history WHERE loan_id = ? AND action = 'RETURNED'",
                Integer.class, loan)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order WHERE reader_id = ?", Integer.class, waiting.id()))
                .isEqualTo(1);

        long plain = createBook("没人排队的书", branch, 1);
        lend(plain, holder, 2);
        Answer shelved = giveBack(barcodeOf(plain), librarian);
        assertThat((String) shelved.read("$.data.action")).isEqualTo("SHELVE");
        assertThat((String) shelved.read("$.data.instruction")).isEqualTo("归还上架");
        assertThat((Integer) shelved.read("$.data.overdueDays")).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM book_copy WHERE book_id = ?", String.class, plain)).isEqualTo("AVAILABLE");

        Answer unknown = giveBack("NO-SUCH-CODE", librarian);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(40801);
        assertThat(unknown.msg()).isEqualTo("没有这个条码的图书，请核对条码后重新扫描");
        Answer neverLent = giveBack(barcodeOf(createBook("在架的书", branch, 1)), librarian);
        assertThat(neverLent.status()).isEqualTo(409);
        assertThat(neverLent.code()).isEqualTo(40802);
        assertThat(giveBack("", librarian).status()).isEqualTo(400);
        assertThat(giveBack(barcodeOf(plain), holder.token()).status()).as("a reader's token at the desk API").isIn(401, 403);
        assertThat(postJson("/api/admin/desk/identify", Map.of("code", "1234"), null).status()).isEqualTo(401);
    }

    @Test
    void aBookLentByAnotherBranchIsSentBackThereUntouched() throws Exception {
        long book = createBook("别馆的书", branch, 1);
        long loan = lend(book, reader("赵六"), 1);
        String otherDesk = signedInStaff(Role.LIBRARIAN, createBranch(unique("DO")));
        Answer refused = giveBack(barcodeOf(book), otherDesk);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(40803);
        assertThat(refused.msg()).contains("测试分馆").contains("归还");
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, loan)).isEqualTo("ACTIVE");
        assertThat(giveBack(barcodeOf(book), signedInStaff(Role.ADMIN, null)).status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------ shelf slots

    @Test
    void eachPickupOrderTakesTheSmallestFreeSlotAndGivesItBackAtPickupAndExpiry() throws Exception {
        long book = createBook("暂存架上的书", branch, 3);
        List<Long> orders = new ArrayList<>();
        List<Someone> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Someone r = reader("读者" + i);
            readers.add(r);
            orders.add(order(r, book));
            approve(orders.get(i));
        }
        assertThat(orders.stream().map(this::slotOf).toList()).containsExactly("A-01", "A-02", "A-03");
        Answer shelf = getJson("/api/admin/holding-shelf?size=100", librarian);
        assertThat((List<String>) shelf.read("$.data.records[*].shelfSlot")).containsExactlyInAnyOrder("A-01", "A-02", "A-03");
        assertThat((List<Object>) shelf.read("$.data.records[*].pickupCode")).containsOnlyNulls();
        String code = getJson("/api/app/orders/" + orders.getFirst(), readers.getFirst().token()).read("$.data.order.pickupCode");
        assertThat(code).matches("\\d{4}");

        assertThat(postJson("/api/admin/orders/" + orders.getFirst() + "/pickup", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(slotRows(orders.getFirst())).isZero();
        long fourth = order(reader("读者3"), createBook("第四本", branch, 1));
        approve(fourth);
        assertThat(slotOf(fourth)).as("the freed A-01 is the smallest").isEqualTo("A-01");

        clock.advance(Duration.ofDays(10));
        expiry.expireOverdue(0, 1);
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orders.get(1))).isEqualTo("EXPIRED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holding_shelf_slot WHERE branch_id = ?", Integer.class, branch)).isZero();
    }

    @Test
    void approvalsAtTheSameMomentNeverShareASlot() throws Exception {
        int n = 12;
        long book = createBook("同时审核的书", branch, n);
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            orders.add(order(reader("并发" + i), book));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (long id : orders) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return postJson("/api/admin/orders/" + id + "/approve", Map.of(), librarian);
                }));
            }
            start.countDown();
            for (Future<Answer> a : answers) {
                assertThat(a.get().status()).as(a.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> slots = orders.stream().map(this::slotOf).toList();
        assertThat(new HashSet<>(slots)).hasSize(n).doesNotContainNull();
        assertThat(jdbc.queryForList("SELECT slot_no FROM holding_shelf_slot WHERE branch_id = ? ORDER BY slot_no", Integer.class, branch))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, n).boxed().toList());
    }

    // ------------------------------------------------------------------------------------------------ identify

    @Test
    void theDeskFindsTheReadersOrdersByECardOrPickupCodeAndHandsThemOver() throws Exception {
        Someone reader = reader("陈静");
        long orderId = order(reader, createBook("取书核验的书", branch, 1));
        approve(orderId);

        Answer card = getJson("/api/app/me/ecard", reader.token());
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        String code = card.read("$.data.code");
        assertThat(code).startsWith("TS1." + reader.id() + ".");
        assertThat(OffsetDateTimeOf(card.read("$.data.expiresAt"))).isAfter(clock.instant().plusSeconds(100));

        Answer found = postJson("/api/admin/desk/identify", Map.of("code", code), librarian);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat((String) found.read("$.data.via")).isEqualTo("ECARD");
        assertThat((Integer) found.read("$.data.reader.id")).isEqualTo((int) reader.id());
        assertThat((List<Integer>) found.read("$.data.orders[*].id")).containsExactly((int) orderId);
        assertThat((String) found.read("$.data.orders[0].shelfSlot")).isEqualTo("A-01");
        assertThat((String) found.read("$.data.deskTicket")).startsWith("TD1.");

        // forged: another reader's id under this signature
        String forged = code.replaceFirst("TS1\\." + reader.id() + "\\.", "TS1." + (reader.id() + 1) + ".");
        Answer refused = postJson("/api/admin/desk/identify", Map.of("code", forged), librarian);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo(20901);
        clock.advance(Duration.ofMinutes(3));
        Answer old = postJson("/api/admin/desk/identify", Map.of("code", code), librarian);
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.code()).isEqualTo(20902);
        assertThat(old.msg()).contains("过期");

        String pickupCode = getJson("/api/app/orders/" + orderId, reader.token()).read("$.data.order.pickupCode");
        Answer byCode = postJson("/api/admin/desk/identify", Map.of("code", pickupCode), librarian);
        assertThat(byCode.status()).as(byCode.body()).isEqualTo(200);
        assertThat((String) byCode.read("$.data.via")).isEqualTo("PICKUP_CODE");
        assertThat((List<Integer>) byCode.read("$.data.orders[*].id")).containsExactly((int) orderId);
        assertThat((Object) byCode.read("$.data.deskTicket")).isNull();
        String otherDesk = signedInStaff(Role.LIBRARIAN, createBranch(unique("DI")));
        assertThat(postJson("/api/admin/desk/identify", Map.of("code", pickupCode), otherDesk).code()).isEqualTo(40804);
        assertThat(postJson("/api/admin/desk/identify", Map.of("code", "12a"), librarian).code()).isEqualTo(40808);

        assertThat(postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId)).isEqualTo("PICKED_UP");
        assertThat(postJson("/api/admin/desk/identify", Map.of("code", pickupCode), librarian).code())
                .as("the code ends with the handover").isEqualTo(40804);
    }

    private static java.time.Instant OffsetDateTimeOf(String text) {
        return java.time.OffsetDateTime.parse(text).toInstant();
    }

    // ------------------------------------------------------------------------------------------------ checkout

    @Test
    void booksInHandAreLentUnderTheSameRulesAsOrdersAndRefusedOneByOneWithTheReason() throws Exception {
        Someone reader = reader("周敏");
        int limit = jdbc.queryForObject("SELECT loan_limit FROM borrow_rule WHERE card_type = 'CITY_WIDE'", Integer.class);
        for (int i = 0; i < limit - 2; i++) {
            lend(createBook("家里的书" + i, branch, 1), reader, 1);
        }
        long first = createBook("能借的书", branch, 1);
        long second = createBook("也能借的书", branch, 1);
        long third = createBook("超出数量的书", branch, 1);
        long onLoan = createBook("别人借着的书", branch, 1);
        lend(onLoan, reader("吴二"), 1);
        long kept = createBook("留给别人的书", branch, 1);
        lend(kept, reader("郑三"), 1);
        assertThat(postJson("/api/app/reservations", Map.of("bookId", kept, "branchId", branch), reader("孙五").token()).status())
                .isEqualTo(200);
        giveBack(barcodeOf(kept), librarian); // now HELD for 孙五

        String ticket = postJson("/api/admin/desk/identify",
                Map.of("code", getJson("/api/app/me/ecard", reader.token()).read("$.data.code")), librarian).read("$.data.deskTicket");
        List<String> scanned = List.of(barcodeOf(first), barcodeOf(onLoan), barcodeOf(kept), "NOPE-1", barcodeOf(second),
                barcodeOf(third));
        Map<String, Object> body = new HashMap<>(Map.of("ticket", ticket, "barcodes", scanned));

        Answer preview = postJson("/api/admin/desk/checkout/check", body, librarian);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat((List<Boolean>) preview.read("$.data.lines[*].ok")).containsExactly(true, false, false, false, true, false);
        assertThat((Integer) preview.read("$.data.accepted")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan WHERE reader_id = ?", Integer.class, reader.id())).isEqualTo(limit - 2);

        Answer lent = postJson("/api/admin/desk/checkout", body, librarian);
        assertThat(lent.status()).as(lent.body()).isEqualTo(200);
        List<String> refusals = lent.read("$.data.lines[*].refusal");
        assertThat(refusals.get(1)).contains("已借出");
        assertThat(refusals.get(2)).contains("其他读者预留");
        assertThat(refusals.get(3)).contains("没有这个条码");
        assertThat(refusals.get(5)).contains("最多可借" + limit + "本");
        assertThat(jdbc.queryForList("SELECT book_id FROM loan WHERE reader_id = ? AND order_id IS NULL AND status = 'ACTIVE' "
                + "AND book_id IN (?, ?, ?)", Long.class, reader.id(), first, second, third)).containsExactlyInAnyOrder(first, second);
        assertThat(jdbc.queryForObject("SELECT status FROM book_copy WHERE book_id = ?", String.class, first)).isEqualTo("ON_LOAN");
        assertThat(jdbc.queryForObject("SELECT status FROM book_copy WHERE book_id = ?", String.class, third)).isEqualTo("AVAILABLE");
        assertThat(jdbc.queryForObject("SELECT status FROM book_copy WHERE book_id = ?", String.class, kept)).isEqualTo("HELD");
        long loanId = ((Number) lent.read("$.data.lines[0].loanId")).longValue();
        assertThat(jdbc.queryForObject("SELECT due_date FROM loan WHERE id = ?", LocalDate.class, loanId))
                .isEqualTo(LocalDate.now(clock).plusDays(30));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan_history WHERE loan_id = ? AND action = 'STARTED'", Integer.class, loanId))
                .isEqualTo(1);

        Answer overdueBlocks = postJson("/api/admin/desk/checkout/check", Map.of("ticket", ticket, "barcodes", List.of(barcodeOf(third))),
                librarian);
        assertThat((String) overdueBlocks.read("$.data.lines[0].refusal")).contains("最多可借");

        String otherLibrarian = signedInStaff(Role.LIBRARIAN, branch);
        Answer notTheirs = postJson("/api/admin/desk/checkout", body, otherLibrarian);
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.code()).isEqualTo(20903);
        clock.advance(Duration.ofMinutes(16));
        assertThat(postJson("/api/admin/desk/checkout", body, librarian).code()).isEqualTo(20904);
    }
}
