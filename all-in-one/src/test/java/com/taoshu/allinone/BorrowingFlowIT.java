package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.taoshu.reader.CardType;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The 淘书吧 core through the real APIs: cart → order → approval → holding shelf → loan → renew → return. */
class BorrowingFlowIT extends ApiTestBase {

    long branch;
    String librarian;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("B"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        admin = signedInStaff(Role.ADMIN, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long addToCart(String reader, long bookId) throws Exception {
        Answer answer = postJson("/api/app/cart/items", Map.of("bookId", bookId, "branchId", branch), reader);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<Integer> ids = answer.read("$.data.items[?(@.bookId == " + bookId + ")].id");
        return ids.getFirst();
    }

    private Answer submit(String reader, String key, long... cartItemIds) throws Exception {
        var request = post("/api/app/orders").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("cartItemIds", cartItemIds, "fulfilment", "PICKUP")));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return call(request, reader);
    }

    private long submitted(String reader, long... books) throws Exception {
        long[] items = new long[books.length];
        for (int i = 0; i < books.length; i++) {
            items[i] = addToCart(reader, books[i]);
        }
        Answer answer = submit(reader, null, items);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ((Number) answer.read("$.data.order.id")).longValue();
    }

    private String status(long orderId) {
        return jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId);
    }

    @Test
    void fullFlowFromCartToReturn() throws Exception {
        long book = createBook("红楼梦", branch, 2);
        String reader = readerToken(unique("flow"));

        long item = addToCart(reader, book);
        Answer cart = getJson("/api/app/cart", reader);
        assertThat((Integer) cart.read("$.data.items[0].availableCopies")).isEqualTo(2);
        assertThat((Integer) cart.read("$.data.remaining")).isEqualTo(10);

        Answer submittedAnswer = submit(reader, unique("key-"), item);
        assertThat(submittedAnswer.status()).as(submittedAnswer.body()).isEqualTo(200);
        long orderId = ((Number) submittedAnswer.read("$.data.order.id")).longValue();
        assertThat((String) submittedAnswer.read("$.data.order.status")).isEqualTo("SUBMITTED");
        assertThat(availableCopies(book, branch)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cart_item WHERE id = ?", Integer.class, item)).isZero();

        Answer queue = getJson("/api/admin/orders?branchId=" + branch, librarian);
        assertThat((List<Integer>) queue.read("$.data.records[*].id")).contains((int) orderId);
        Answer review = getJson("/api/admin/orders/" + orderId, librarian);
        assertThat((String) review.read("$.data.standing.reader.cardType")).isEqualTo("CITY_WIDE");
        assertThat((Integer) review.read("$.data.standing.openOrderBooks")).isEqualTo(1);

        Answer approved = postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(status(orderId)).isEqualTo("READY_FOR_PICKUP");

        Answer detail = getJson("/api/app/orders/" + orderId, reader);
        assertThat((String) detail.read("$.data.order.pickupDeadline")).contains("T20:00");
        assertThat((String) detail.read("$.data.order.branchName")).startsWith("测试分馆");
        assertThat((List<String>) detail.read("$.data.timeline[*].status"))
                .containsExactly("SUBMITTED", "APPROVED", "READY_FOR_PICKUP");
        Answer shelf = getJson("/api/admin/holding-shelf?branchId=" + branch, librarian);
        assertThat((List<Integer>) shelf.read("$.data.records[*].id")).contains((int) orderId);
        // the reader at the desk says their name or the last digits of their phone
        // hex digits through a harmless alphabet: moderation refuses a nickname with "2b" in it (one name in ~150)
        String name = "取书人" + unique("").substring(0, 6).chars()
                .mapToObj(c -> String.valueOf("春夏秋冬梅兰竹菊松柏云月星河湖海".charAt(Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
        String tail = String.valueOf(1000 + Math.floorMod(name.hashCode(), 9000));
        long owner = jdbc.queryForObject("SELECT reader_id FROM borrow_order WHERE id = ?", Long.class, orderId);
        given.named(owner, name);
        given.phone(owner, "1380000" + tail);
        String orderNo = jdbc.queryForObject("SELECT order_no FROM borrow_order WHERE id = ?", String.class, orderId);
        for (String said : List.of(name.substring(0, 5), tail, orderNo.substring(orderNo.length() - 6))) {
            Answer found = getJson("/api/admin/holding-shelf?branchId=" + branch + "&q=" + said, librarian);
            assertThat((List<Integer>) found.read("$.data.records[*].id")).as("found by %s", said).contains((int) orderId);
            assertThat((List<String>) found.read("$.data.records[?(@.id == " + orderId + ")].readerPhone")).containsExactly("138****" + tail);
        }
        assertThat((List<Integer>) getJson("/api/admin/holding-shelf?branchId=" + branch + "&q=nobody-here", librarian)
                .read("$.data.records[*].id")).doesNotContain((int) orderId);
        assertThat(getJson("/api/admin/holding-shelf?q=" + "x".repeat(40), librarian).status()).isEqualTo(400);

        assertThat(postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(status(orderId)).isEqualTo("PICKED_UP");
        Answer loans = getJson("/api/app/loans?status=ACTIVE", reader);
        assertThat((Integer) loans.read("$.data.total")).isEqualTo(1);
        long loanId = ((Number) loans.read("$.data.records[0].id")).longValue();
        LocalDate due = LocalDate.parse(loans.read("$.data.records[0].dueDate"));
        assertThat((String) loans.read("$.data.records[0].statusLabel")).isEqualTo("借阅中");
        assertThat(due).isEqualTo(LocalDate.now(clock).plusDays(30));
        assertThat(jdbc.queryForObject("SELECT status FROM book_copy WHERE id = (SELECT copy_id FROM loan WHERE id = ?)",
                String.class, loanId)).isEqualTo("ON_LOAN");

        Answer renewed = postJson("/api/app/loans/" + loanId + "/renew", Map.of(), reader);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(LocalDate.parse(renewed.read("$.data.dueDate"))).isEqualTo(due.plusDays(30));

        Answer returned = postJson("/api/admin/loans/" + loanId + "/return", Map.of(), librarian);
        assertThat(returned.status()).isEqualTo(200);
        assertThat(availableCopies(book, branch)).isEqualTo(2);
        Answer history = getJson("/api/app/loans?status=RETURNED", reader);
        assertThat((Integer) history.read("$.data.total")).isEqualTo(1);
        assertThat(postJson("/api/admin/loans/" + loanId + "/return", Map.of(), librarian).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan_history WHERE loan_id = ?", Integer.class, loanId)).isEqualTo(3);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstOrder() throws Exception {
        long book = createBook("围城", branch, 3);
        String reader = readerToken(unique("idem"));
        long item = addToCart(reader, book);
        String key = unique("submit-");

        Answer first = submit(reader, key, item);
        Answer retry = submit(reader, key, item);
        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat((Integer) retry.read("$.data.order.id")).isEqualTo(first.<Integer>read("$.data.order.id"));
        long readerId = jdbc.queryForObject("SELECT reader_id FROM borrow_order WHERE id = ?", Long.class,
                ((Number) first.read("$.data.order.id")).longValue());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order WHERE reader_id = ?", Integer.class, readerId)).isEqualTo(1);
        assertThat(availableCopies(book, branch)).isEqualTo(2);

        Answer otherKey = submit(reader, unique("other-"), item);
        assertThat(otherKey.status()).isEqualTo(404); // the cart item was used by the first order
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneOrder() throws Exception {
        long book = createBook("边城", branch, 5);
        String reader = readerToken(unique("idemc"));
        long item = addToCart(reader, book);
        String key = unique("race-");
        List<Answer> answers = race(8, () -> submit(reader, key, item));
        assertThat(answers).extracting(Answer::status).isSubsetOf(200, 409).contains(200);
        assertThat(answers).filteredOn(a -> a.status() == 200).extracting(a -> a.<Integer>read("$.data.order.id")).containsOnly(
                answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().<Integer>read("$.data.order.id"));
        assertThat(availableCopies(book, branch)).isEqualTo(4);
    }

    @Test
    void partialApprovalReleasesTheRejectedLinesCopy() throws Exception {
        long keep = createBook("活着", branch, 1);
        long drop = createBook("平凡的世界", branch, 1);
        String reader = readerToken(unique("part"));
        long orderId = submitted(reader, keep, drop);
        Answer detail = getJson("/api/admin/orders/" + orderId, librarian);
        List<Integer> lineIds = detail.read("$.data.detail.order.lines[?(@.bookId == " + drop + ")].id");

        Answer noReason = postJson("/api/admin/orders/" + orderId + "/approve", Map.of("rejectLineIds", lineIds), librarian);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo(40206);

        Answer approved = postJson("/api/admin/orders/" + orderId + "/approve",
                Map.of("rejectLineIds", lineIds, "reason", "该书正在修补"), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(status(orderId)).isEqualTo("READY_FOR_PICKUP");
        assertThat(availableCopies(drop, branch)).isEqualTo(1);
        assertThat(availableCopies(keep, branch)).isZero();
        assertThat(jdbc.queryForObject("SELECT reject_reason FROM borrow_order_line WHERE id = ?", String.class, lineIds.getFirst()))
                .isEqualTo("该书正在修补");
    }

    @Test
    void rejectionReleasesEverythingAndCancelOnlyWhileSubmitted() throws Exception {
        long book = createBook("骆驼祥子", branch, 1);
        String reader = readerToken(unique("rej"));
        long rejected = submitted(reader, book);
        assertThat(postJson("/api/admin/orders/" + rejected + "/reject", Map.of("reason", ""), librarian).status()).isEqualTo(400);
        assertThat(postJson("/api/admin/orders/" + rejected + "/reject", Map.of("reason", "读者信息待核实"), librarian).status())
                .isEqualTo(200);
        assertThat(availableCopies(book, branch)).isEqualTo(1);
        Answer seen = getJson("/api/app/orders/" + rejected, reader);
        assertThat((String) seen.read("$.data.order.rejectReason")).isEqualTo("读者信息待核实");

        long cancelled = submitted(reader, book);
        assertThat(postJson("/api/app/orders/" + cancelled + "/cancel", Map.of(), reader).status()).isEqualTo(200);
        assertThat(status(cancelled)).isEqualTo("CANCELLED");
        assertThat(availableCopies(book, branch)).isEqualTo(1);

        long approved = submitted(reader, book);
        postJson("/api/admin/orders/" + approved + "/approve", Map.of(), librarian);
        Answer late = postJson("/api/app/orders/" + approved + "/cancel", Map.of(), reader);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo(40202);
        assertThat(late.msg()).contains("待取书");
    }

    @Test
    void uncollectedOrdersExpireAndTheJobIsIdempotent() throws Exception {
        long book = createBook("茶馆", branch, 1);
        String reader = readerToken(unique("exp"));
        long orderId = submitted(reader, book);
        postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);

        assertThat(postJson("/api/admin/jobs/pickupExpiryJob/run", Map.of(), librarian).status()).isEqualTo(403);
        Answer early = postJson("/api/admin/jobs/pickupExpiryJob/run", Map.of(), admin);
        assertThat(early.status()).isEqualTo(200);
        assertThat(status(orderId)).isEqualTo("READY_FOR_PICKUP");

        clock.advance(Duration.ofDays(4));
        Answer run = postJson("/api/admin/jobs/pickupExpiryJob/run", Map.of(), admin);
        assertThat((String) run.read("$.data.summary")).contains("expired=");
        assertThat(status(orderId)).isEqualTo("EXPIRED");
        assertThat(availableCopies(book, branch)).isEqualTo(1);
        long historyRows = jdbc.queryForObject("SELECT COUNT(*) FROM order_history WHERE order_id = ?", Long.class, orderId);
        postJson("/api/admin/jobs/pickupExpiryJob/run", Map.of(), admin);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_history WHERE order_id = ?", Long.class, orderId))
                .isEqualTo(historyRows);
        assertThat(postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian).status()).isEqualTo(409);
    }

    @Test
    void twoLibrariansAtOnceExactlyOneWins() throws Exception {
        long book = createBook("朝花夕拾", branch, 1);
        String reader = readerToken(unique("two"));
        long orderId = submitted(reader, book);
        String other = unique("lib2");
        createStaff(Role.LIBRARIAN, other, null, "secret-123", branch);
        String librarian2 = staffToken("/api/admin", Map.of("username", other, "password", "secret-123"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Answer> approve = pool.submit(() -> {
            start.await();
            return postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        });
        Future<Answer> reject = pool.submit(() -> {
            start.await();
            return postJson("/api/admin/orders/" + orderId + "/reject", Map.of("reason", "重复申请"), librarian2);
        });
        start.countDown();
        List<Answer> answers = List.of(approve.get(), reject.get());
        pool.shutdown();

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(loser.msg()).containsAnyOf("其他馆员", "当前状态");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_history WHERE order_id = ? AND from_status = 'SUBMITTED'",
                Integer.class, orderId)).isEqualTo(1);
    }

    @Test
    void everyCheckHasItsOwnCodeAndAFailedLineHoldsNothing() throws Exception {
        long plenty = createBook("西游记", branch, 3);
        long scarce = createBook("水浒传", branch, 1);
        String reader = readerToken(unique("chk"));
        String rival = readerToken(unique("rival"));

        long itemA = addToCart(reader, plenty);
        long itemB = addToCart(reader, scarce);
        long rivalOrder = submitted(rival, scarce); // takes the last copy of 水浒传
        Answer failed = submit(reader, null, itemA, itemB);
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.code()).isEqualTo(40105);
        assertThat(failed.msg()).contains("《水浒传》");
        assertThat(availableCopies(plenty, branch)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cart_item WHERE id IN (?, ?)", Integer.class, itemA, itemB)).isEqualTo(2);

        long readerId = jdbc.queryForObject("SELECT reader_id FROM borrow_order WHERE id = ?", Long.class, rivalOrder);
        given.suspendedCard(readerId);
        long rivalItem = addToCart(rival, plenty);
        Answer suspended = submit(rival, null, rivalItem);
        assertThat(suspended.status()).isEqualTo(403);
        assertThat(suspended.code()).isEqualTo(40101);
        given.restoredCard(readerId);

        // a loan past due blocks new orders
        postJson("/api/admin/orders/" + rivalOrder + "/approve", Map.of(), librarian);
        postJson("/api/admin/orders/" + rivalOrder + "/pickup", Map.of(), librarian);
        clock.advance(Duration.ofDays(31));
        Answer overdue = submit(rival, null, rivalItem);
        assertThat(overdue.status()).isEqualTo(403);
        assertThat(overdue.code()).isEqualTo(40102);
        assertThat(overdue.msg()).contains("逾期");
        Answer loans = getJson("/api/app/loans?status=ACTIVE", rival);
        assertThat((Integer) loans.read("$.data.records[0].overdueDays")).isEqualTo(1);
        assertThat((String) loans.read("$.data.records[0].statusLabel")).isEqualTo("已逾期");
        Answer atDesk = getJson("/api/admin/readers/" + readerId + "/loans?status=ACTIVE", librarian);
        assertThat((Integer) atDesk.read("$.data.records[0].overdueDays")).isEqualTo(1);
        assertThat((String) atDesk.read("$.data.records[0].statusLabel")).isEqualTo("已逾期");
    }

    @Test
    void aTitleWithNoFreeCopyIsRefusedAtTheCartWithAnOfferToReserve() throws Exception {
        long lastCopy = createBook("只有一本的书", branch, 1);
        submitted(readerToken(unique("first")), lastCopy);
        String late = readerToken(unique("late"));

        Answer refused = postJson("/api/app/cart/items", Map.of("bookId", lastCopy, "branchId", branch), late);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(30507);
        assertThat(refused.msg()).contains("已全部借出", "预约");
        assertThat((Integer) getJson("/api/app/cart", late).read("$.data.items.length()")).isZero();

        // the offer holds: the same title and branch can be reserved
        Answer reserved = postJson("/api/app/reservations", Map.of("bookId", lastCopy, "branchId", branch), late);
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
    }

    @Test
    void loanLimitCountsLoansAndOpenOrders() throws Exception {
        given.loanLimit(CardType.CITY_WIDE, 2);
        try {
            String reader = readerToken(unique("lim"));
            long first = submitted(reader, createBook("书一", branch, 1), createBook("书二", branch, 1));
            Answer full = postJson("/api/app/cart/items", Map.of("bookId", createBook("书三", branch, 1), "branchId", branch), reader);
            assertThat(full.status()).isEqualTo(409);
            assertThat(full.code()).isEqualTo(30503);
            assertThat(first).isPositive();
        } finally {
            given.loanLimit(CardType.CITY_WIDE, 10);
        }
    }

    @Test
    void oneReadersConcurrentSubmitsCannotBothPassTheLoanLimit() throws Exception {
        given.loanLimit(CardType.CITY_WIDE, 1);
        try {
            String reader = readerToken(unique("dbl"));
            long a = addToCart(reader, createBook("并发一", branch, 1));
            given.loanLimit(CardType.CITY_WIDE, 2);
            long b = addToCart(reader, createBook("并发二", branch, 1));
            given.loanLimit(CardType.CITY_WIDE, 1);
            Answer[] answers = submitConcurrently(reader, a, b);
            assertThat(answers).hasSize(2);
        } finally {
            given.loanLimit(CardType.CITY_WIDE, 10);
        }
    }

    private Answer[] submitConcurrently(String reader, long itemA, long itemB) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Answer> first = pool.submit(() -> {
            start.await();
            return submit(reader, null, itemA);
        });
        Future<Answer> second = pool.submit(() -> {
            start.await();
            return submit(reader, null, itemB);
        });
        start.countDown();
        Answer[] answers = {first.get(), second.get()};
        pool.shutdown();
        assertThat(List.of(answers[0].status(), answers[1].status())).containsExactlyInAnyOrder(200, 409);
        assertThat(List.of(answers[0].code(), answers[1].code())).contains(40103);
        return answers;
    }

    @Test
    void communityTrustReadersBorrowAtHomeAndAreAutoApproved() throws Exception {
        long otherBranch = createBranch(unique("O"));
        long book = createBook("三国演义", branch, 1);
        addCopies(book, otherBranch, 1);
        String code = unique("trust");
        String reader = readerToken(code);
        given.communityTrustCard(given.readerLoggedInAs(code), branch);

        Answer elsewhere = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", otherBranch), reader);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo(40104);

        long orderId = submitted(reader, book);
        assertThat(status(orderId)).isEqualTo("READY_FOR_PICKUP");
        assertThat(jdbc.queryForObject("SELECT actor_type FROM order_history WHERE order_id = ? AND to_status = 'APPROVED'",
                String.class, orderId)).isEqualTo("SYSTEM");
    }

    @Test
    void cartRefusesDuplicatesUnknownBooksAndBranchesWithoutTheTitle() throws Exception {
        long book = createBook("围城2", branch, 1);
        long emptyBranch = createBranch(unique("E"));
        String reader = readerToken(unique("cart"));
        addToCart(reader, book);
        assertThat(postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader).code()).isEqualTo(30502);
        assertThat(postJson("/api/app/cart/items", Map.of("bookId", 987654321, "branchId", branch), reader).code()).isEqualTo(30504);
        assertThat(postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", emptyBranch), reader).code()).isEqualTo(30506);
    }

    @Test
    void renewalIsRefusedWhileAnotherReaderWaitsForTheLastCopy() throws Exception {
        long book = createBook("人生", branch, 1);
        String holder = readerToken(unique("hold"));
        long orderId = submitted(holder, book);
        postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian);
        long loanId = jdbc.queryForObject("SELECT id FROM loan WHERE order_id = ?", Long.class, orderId);

        String waiting = readerToken(unique("wait"));
        // the last copy is out: the cart refuses it (30507), so the other reader waits in the reservation queue
        Answer reserved = postJson("/api/app/reservations", Map.of("bookId", book, "branchId", branch), waiting);
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        Answer refused = postJson("/api/app/loans/" + loanId + "/renew", Map.of(), holder);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(40304);
    }

    @Test
    void aReaderCannotTouchAnotherReadersCartOrdersOrLoans() throws Exception {
        long book = createBook("许三观卖血记", branch, 2);
        String owner = readerToken(unique("own"));
        String stranger = readerToken(unique("str"));
        long item = addToCart(owner, book);
        long orderId = submitted(owner, createBook("四世同堂", branch, 1));
        postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian);
        postJson("/api/admin/orders/" + orderId + "/pickup", Map.of(), librarian);
        long loanId = jdbc.queryForObject("SELECT id FROM loan WHERE order_id = ?", Long.class, orderId);

        assertThat(getJson("/api/app/orders/" + orderId, stranger).status()).isEqualTo(404);
        assertThat(postJson("/api/app/orders/" + orderId + "/cancel", Map.of(), stranger).status()).isEqualTo(404);
        assertThat(postJson("/api/app/loans/" + loanId + "/renew", Map.of(), stranger).status()).isEqualTo(404);
        assertThat(call(delete("/api/app/cart/items/" + item), stranger).status()).isEqualTo(404);
        assertThat(submit(stranger, null, item).status()).isEqualTo(404);
        assertThat((Integer) getJson("/api/app/orders", stranger).read("$.data.total")).isZero();
        assertThat((Integer) getJson("/api/app/loans", stranger).read("$.data.total")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cart_item WHERE id = ?", Integer.class, item)).isEqualTo(1);
        assertThat(getJson("/api/admin/orders/" + orderId, owner).status()).isEqualTo(403);
    }

    private <T> List<T> race(int threads, Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }
}
