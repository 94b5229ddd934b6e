package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.loan.LoanService;
import com.taoshu.order.PickupExpiryService;
import com.taoshu.reservation.ReservationService;
import com.taoshu.reservation.internal.ReservationOffers;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.testsupport.ApiTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

/** Reservations: a queue per title and branch, handed a returned copy first come first served, expiring to the next. */
class ReservationIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    LoanService loans;

    @Autowired
    PickupExpiryService expiry;

    @Autowired
    ReservationService reservations;

    @Autowired
    ReservationOffers offers;

    long branch;
    String librarian;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("RS"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Someone(String code, String token, long id) {
    }

    private Someone reader() throws Exception {
        String code = unique("rv");
        String token = readerToken(code);
        return new Someone(code, token, given.readerLoggedInAs(code));
    }

    /** The reader has one copy of the title at home, borrowed five days ago (lending is tested by the borrowing flow). */
    private long lend(long book, Someone reader) {
        return given.loanBorrowedDaysAgo(reader.id(), book, branch, 5);
    }

    private Answer reserve(Someone reader, long book) throws Exception {
        return postJson("/api/app/reservations", Map.of("bookId", book, "branchId", branch), reader.token());
    }

    private String status(long reservationId) {
        return jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?", String.class, reservationId);
    }

    private java.util.List<String> history(long reservationId) {
        return jdbc.queryForList("SELECT CONCAT(COALESCE(from_status, 'null'), '>', to_status, ' ', actor_type) "
                + "FROM reservation_history WHERE reservation_id = ? ORDER BY id", String.class, reservationId);
    }

    @Test
    void aReturnedCopyGoesToTheHeadOfTheQueueAndAnUncollectedOneToTheNext() throws Exception {
        long book = createBook("排队的书", branch, 1);
        Someone holder = reader();
        long loan = lend(book, holder);
        Someone first = reader();
        Someone second = reader();

        Answer a = reserve(first, book);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.data.position")).isEqualTo(1);
        long firstId = ((Number) a.read("$.data.id")).longValue();
        Answer b = reserve(second, book);
        assertThat((Integer) b.read("$.data.position")).isEqualTo(2);
        long secondId = ((Number) b.read("$.data.id")).longValue();
        assertThat(reserve(first, book).code()).isEqualTo(40504);
        assertThat(reserve(holder, book).code()).as("has it on loan").isEqualTo(40505);
        long free = createBook("架上有的书", branch, 1);
        assertThat(reserve(first, free).code()).isEqualTo(40502);
        Answer renew = postJson("/api/app/loans/" + loan + "/renew", Map.of(), holder.token());
        assertThat(renew.status()).isEqualTo(409);
        assertThat(renew.msg()).contains("其他读者正在等待");

        assertThat(postJson("/api/admin/loans/" + loan + "/return", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(status(firstId)).isEqualTo("FULFILLED");
        long orderId = jdbc.queryForObject("SELECT order_id FROM reservation WHERE id = ?", Long.class, firstId);
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId)).isEqualTo("READY_FOR_PICKUP");
        assertThat(jdbc.queryForObject("SELECT reader_id FROM borrow_order WHERE id = ?", Long.class, orderId)).isEqualTo(first.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD' AND held_by_order_id = ?",
                Integer.class, book, orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE kind = 'RESERVATION_AVAILABLE' AND subject_id = ? AND reader_id = ?",
                Integer.class, firstId, first.id())).isEqualTo(1);
        assertThat((Integer) getJson("/api/app/reservations", second.token()).read("$.data[0].position")).isEqualTo(1);
        assertThat(postJson("/api/app/reservations/" + firstId + "/cancel", Map.of(), first.token()).code()).isEqualTo(40507);

        // not picked up by the deadline: the order expires and the copy goes to the next reader in the queue
        clock.advance(Duration.ofDays(5));
        expiry.expireOverdue(0, 1);
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId)).isEqualTo("EXPIRED");
        assertThat(status(secondId)).isEqualTo("FULFILLED");
        // (the moved clock may expire other tests' orders too: at least this one)
        assertThat(offers.sweep().expired()).isGreaterThanOrEqualTo(1);
        assertThat(status(firstId)).isEqualTo("EXPIRED");
        assertThat(offers.sweep().expired()).as("idempotent").isZero();
        assertThat(history(firstId)).as("every move recorded, by the reader and then the system")
                .containsExactly("null>WAITING READER", "WAITING>FULFILLED SYSTEM", "FULFILLED>EXPIRED SYSTEM");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD'", Integer.class, book))
                .isEqualTo(1);
    }

    @Test
    void theDeskSeesWhoWaitsAndTakesAReaderOutOfTheQueueWithAReason() throws Exception {
        long book = createBook("读者来电取消的书", branch, 1);
        lend(book, reader());
        Someone first = reader();
        Someone second = reader();
        given.named(first.id(), "王阿姨");
        given.phone(first.id(), "13800000001");
        long firstId = ((Number) reserve(first, book).read("$.data.id")).longValue();
        long secondId = ((Number) reserve(second, book).read("$.data.id")).longValue();

        Answer queue = getJson("/api/admin/reservations?bookId=" + book, librarian);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat((String) queue.read("$.data.records[0].readerName")).isEqualTo("王阿姨");
        assertThat((String) queue.read("$.data.records[0].readerPhone")).isEqualTo("138****0001");
        assertThat((Integer) queue.read("$.data.records[0].position")).isEqualTo(1);
        assertThat((Object) getJson("/api/app/reservations", first.token()).read("$.data[0].readerName"))
                .as("readers are not shown names in their own list").isNull();

        // a librarian of another branch neither sees this queue nor touches it
        long elsewhere = createBranch(unique("RX"));
        String stranger = unique("lib");
        createStaff(Role.LIBRARIAN, stranger, null, "secret-123", elsewhere);
        String strangerToken = staffToken("/api/admin", Map.of("username", stranger, "password", "secret-123"));
        assertThat(getJson("/api/admin/reservations?branchId=" + branch, strangerToken).status()).isEqualTo(403);
        assertThat(getJson("/api/admin/reservations?bookId=" + book, strangerToken).<List<Object>>read("$.data.records")).isEmpty();
        Answer notTheirs = postJson("/api/admin/reservations/" + firstId + "/cancel", Map.of("reason", "误操作"), strangerToken);
        assertThat(notTheirs.status()).isEqualTo(404);

        Answer noReason = postJson("/api/admin/reservations/" + firstId + "/cancel", Map.of("reason", " "), librarian);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.msg()).contains("请填写取消原因");
        assertThat(status(firstId)).isEqualTo("WAITING");

        Answer cancelled = postJson("/api/admin/reservations/" + firstId + "/cancel", Map.of("reason", "读者来电取消"), librarian);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat((String) cancelled.read("$.data.status")).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT note FROM reservation WHERE id = ?", String.class, firstId)).isEqualTo("馆员取消：读者来电取消");
        assertThat((Integer) getJson("/api/app/reservations", second.token()).read("$.data[0].position")).as("moved up").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT payload FROM notice WHERE kind = 'RESERVATION_CANCELLED' AND subject_id = ? AND reader_id = ?",
                String.class, firstId, first.id())).as("the reader is told why").contains("读者来电取消").contains("读者来电取消的书");
        Answer again = postJson("/api/admin/reservations/" + firstId + "/cancel", Map.of("reason", "再点一次"), librarian);
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE kind = 'RESERVATION_CANCELLED' AND subject_id = ?",
                Integer.class, firstId)).as("told once").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT note FROM reservation WHERE id = ?", String.class, firstId)).isEqualTo("馆员取消：读者来电取消");
        assertThat(history(firstId)).as("cancelled once, by the librarian").containsExactly("null>WAITING READER",
                "WAITING>CANCELLED LIBRARIAN");
        assertThat(jdbc.queryForObject("SELECT reason FROM reservation_history WHERE reservation_id = ? AND to_status = 'CANCELLED'",
                String.class, firstId)).isEqualTo("馆员取消：读者来电取消");
        assertThat(reserve(first, book).status()).as("the reader may queue again").isEqualTo(200);
        assertThat(status(secondId)).isEqualTo("WAITING");
    }

    @Test
    void twoReturnsAtOnceForAQueueOfOneHoldOneCopy() throws Exception {
        long book = createBook("两本同时还", branch, 2);
        long loanA = lend(book, reader());
        long loanB = lend(book, reader());
        Someone waiting = reader();
        long reservationId = ((Number) reserve(waiting, book).read("$.data.id")).longValue();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<LoanService.LoanView>> done = new java.util.ArrayList<>();
        for (long id : List.of(loanA, loanB)) {
            done.add(pool.submit(() -> {
                go.await();
                return loans.returnAtDesk(id, new StaffPrincipal(0, Role.LIBRARIAN, branch, "测试馆员"));
            }));
        }
        go.countDown();
        for (Future<LoanService.LoanView> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(status(reservationId)).isEqualTo("FULFILLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order WHERE reader_id = ?", Integer.class, waiting.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD'", Integer.class, book)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'AVAILABLE'", Integer.class, book)).isEqualTo(1);
    }

    @Test
    void aNewCopyReachesTheQueueThroughTheJobAndReadersOnlyTouchTheirOwn() throws Exception {
        long book = createBook("新到的书", branch, 1);
        lend(book, reader());
        Someone waiting = reader();
        Someone other = reader();
        long reservationId = ((Number) reserve(waiting, book).read("$.data.id")).longValue();
        assertThat(postJson("/api/app/reservations/" + reservationId + "/cancel", Map.of(), other.token()).status()).isEqualTo(404);
        assertThat((List<?>) getJson("/api/app/reservations", other.token()).read("$.data")).isEmpty();
        Answer missingBook = postJson("/api/app/reservations", Map.of("branchId", branch), other.token());
        assertThat(missingBook.status()).isEqualTo(400);
        assertThat(missingBook.msg()).contains("请选择要预约的书");

        addCopies(book, branch, 1);
        assertThat(offers.sweep().offered()).isEqualTo(1);
        assertThat(status(reservationId)).isEqualTo("FULFILLED");

        long another = createBook("又一本", branch, 1);
        lend(another, reader());
        long cancelled = ((Number) reserve(waiting, another).read("$.data.id")).longValue();
        assertThat(postJson("/api/app/reservations/" + cancelled + "/cancel", Map.of(), waiting.token()).status()).isEqualTo(200);
        assertThat(postJson("/api/app/reservations/" + cancelled + "/cancel", Map.of(), waiting.token()).status()).isEqualTo(200);
        assertThat(status(cancelled)).isEqualTo("CANCELLED");
        assertThat(reserve(waiting, another).status()).as("may queue again after cancelling").isEqualTo(200);
    }
}
