package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.cart.CartService;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderSubmissionService;
import com.taoshu.reader.Reader;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.testsupport.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One title, 20 copies, 200 readers submitting at the same moment through the real service layer. */
class OrderConcurrencyIT extends ApiTestBase {

    @Autowired
    CartService cart;
    @Autowired
    OrderSubmissionService submission;

    @Test
    void twoHundredReadersRaceForTwentyCopies() throws Exception {
        long branch = createBranch(unique("C"));
        long book = createBook("三体", branch, 20);
        List<ReaderId> readers = new ArrayList<>();
        Map<ReaderId, Long> items = new ConcurrentHashMap<>();
        for (int i = 0; i < 200; i++) {
            Reader reader = createReader("读者" + i, null);
            ReaderId id = new ReaderId(reader.getId());
            readers.add(id);
            CartService.CartView view = cart.add(id, book, branch);
            items.put(id, view.items().getFirst().id());
        }

        Queue<String> brokenInvariants = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Boolean>> results = new ArrayList<>();
        for (ReaderId reader : readers) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    submission.submit(reader, new OrderSubmissionService.Submission(List.of(items.get(reader)), Fulfilment.PICKUP, null, null));
                    return true;
                } catch (BizException e) {
                    assertThat(e.userMessage()).contains("无可借复本");
                    return false;
                } finally {
                    // mid-race, in one statement (one snapshot under READ COMMITTED): every copy is on the shelf or
                    // held, and as many copies are held as order lines hold one (a copy and its line commit together)
                    Map<String, Object> now = jdbc.queryForMap("""
                            SELECT (SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'AVAILABLE') AS available,
                                   (SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD') AS held,
                                   (SELECT COUNT(*) FROM borrow_order_line WHERE book_id = ? AND status = 'HELD') AS line_count""",
                            book, book, book);
                    long available = ((Number) now.get("available")).longValue();
                    long held = ((Number) now.get("held")).longValue();
                    long lines = ((Number) now.get("line_count")).longValue();
                    if (available + held != 20 || held != lines) {
                        brokenInvariants.add(now.toString());
                    }
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> f : results) {
            accepted += f.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(20);
        assertThat(brokenInvariants).as("copies on the shelf + held = 20 and held copies = held lines, at every submit's end")
                .isEmpty();
        assertThat(availableCopies(book, branch)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order o JOIN borrow_order_line l ON l.order_id = o.id "
                + "WHERE l.book_id = ? AND l.status = 'HELD'", Integer.class, book)).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT copy_id) FROM borrow_order_line WHERE book_id = ? AND status = 'HELD'",
                Integer.class, book)).as("no copy held by two orders").isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order_line WHERE book_id = ?", Integer.class, book))
                .as("no line left by a refused submit").isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD' "
                + "AND held_by_order_id IN (SELECT order_id FROM borrow_order_line WHERE book_id = ? AND status = 'HELD')",
                Integer.class, book, book)).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM borrow_order o WHERE NOT EXISTS "
                + "(SELECT 1 FROM borrow_order_line l WHERE l.order_id = o.id) AND o.branch_id = ?", Integer.class, branch)).isZero();
    }
}
