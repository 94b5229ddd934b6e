package com.taoshu.bench;

import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderSubmissionService;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.ReaderId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * N concurrent order submits racing for M copies of one title, through the real service layer (policies, hold,
 * lines, history, cart, all in one transaction each) — against a baseline measured in the same run: the bare
 * conditional UPDATE that holds a copy, over raw JDBC with autocommit, from the same number of threads.
 * Prints accepted counts (must equal M), throughput of both, their ratio, and p50/p99 latency.
 */
public final class OrderSubmitBench {

    private OrderSubmitBench() {
    }

    record Run(int accepted, double seconds, long[] latenciesNanos) {

        /** All rounds as one: accepted and seconds summed, latencies concatenated. */
        static Run pooled(List<Run> runs) {
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.latenciesNanos())).toArray();
            return new Run(runs.stream().mapToInt(Run::accepted).sum(), runs.stream().mapToDouble(Run::seconds).sum(), all);
        }

        double throughput() {
            return latenciesNanos.length / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }

    interface Attempt {
        boolean run(int i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int submits = BenchArgs.intArg(args, "--submits", 1000);
        int copies = BenchArgs.intArg(args, "--copies", 100);
        int threads = BenchArgs.intArg(args, "--threads", 32);
        int warmups = BenchArgs.intArg(args, "--warmups", 10);
        int rounds = BenchArgs.intArg(args, "--rounds", 5);
        String db = BenchArgs.stringArg(args, "--db-url", BenchApplication.defaultDbUrl());
        // the search index is not on the submit path; its catch-up re-indexing every title this bench creates would
        // land on random rounds of either side, so it is kept quiet here
        try (ConfigurableApplicationContext context = BenchApplication.start(db,
                "--taoshu.search.build-on-start=false", "--taoshu.search.catch-up-interval=1h")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DataSource dataSource = context.getBean(DataSource.class);
            OrderSubmissionService submission = context.getBean(OrderSubmissionService.class);
            long branch = setUpBranch(jdbc);

            // warm-up outside the measurement, the same shape as the measured runs, for both sides: the service path
            // has far more code for the JIT to compile than one UPDATE, and steady state is what is compared
            for (int round = 0; round < warmups; round++) {
                serviceRound(jdbc, submission, branch, "预热书" + round, submits, copies, threads);
                baselineRound(jdbc, dataSource, branch, "预热基线书" + round, submits, copies, threads);
            }

            // one race lasts a few tenths of a second, so one scheduling hiccup can halve it: several measured rounds,
            // the two sides alternating, and the median ratio is the figure
            List<Run> services = new ArrayList<>();
            List<Run> baselines = new ArrayList<>();
            double[] ratios = new double[rounds];
            int heldTwice = 0;
            int badStates = 0;
            boolean exact = true;
            System.out.printf("order-submit: %d submits racing for %d copies, %d threads, after %d warm-up rounds, %d measured rounds%n",
                    submits, copies, threads, warmups, rounds);
            for (int round = 0; round < rounds; round++) {
                String title = "服务层基准书" + round;
                Run service = serviceRound(jdbc, submission, branch, title, submits, copies, threads);
                Run baseline = baselineRound(jdbc, dataSource, branch, "基线基准书" + round, submits, copies, threads);
                long book = jdbc.queryForObject("SELECT id FROM book WHERE title = ?", Long.class, title);
                heldTwice += jdbc.queryForObject("""
                        SELECT COUNT(*) FROM (SELECT copy_id FROM borrow_order_line WHERE book_id = ? GROUP BY copy_id HAVING COUNT(*) > 1) t""",
                        Integer.class, book);
                badStates += jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status NOT IN ('AVAILABLE','HELD')",
                        Integer.class, book);
                exact &= service.accepted() == copies;
                services.add(service);
                baselines.add(baseline);
                ratios[round] = service.throughput() / baseline.throughput();
                System.out.printf("round %d: service %d accepted %.0f/s, baseline %d accepted %.0f/s, ratio %.2f%n", round + 1,
                        service.accepted(), service.throughput(), baseline.accepted(), baseline.throughput(), ratios[round]);
            }
            Run service = Run.pooled(services);
            print("service ", service);
            print("baseline", Run.pooled(baselines));
            Arrays.sort(ratios);
            System.out.printf("throughput ratio service/baseline = %.2f (median of %d rounds, range %.2f-%.2f; target >= 0.50)%n",
                    ratios[rounds / 2], rounds, ratios[0], ratios[rounds - 1]);
            System.out.printf("accepted exactly %d in every round: %s; copies held twice: %d; bad copy states: %d; service p99 %.1f ms (target <= 200)%n",
                    copies, exact ? "yes" : "NO", heldTwice, badStates, service.percentileMillis(0.99));
        }
    }

    private static Run serviceRound(JdbcTemplate jdbc, OrderSubmissionService submission, long branch, String title,
                                    int submits, int copies, int threads) throws Exception {
        long book = setUpTitle(jdbc, branch, title, copies);
        List<long[]> readersAndItems = setUpReaders(jdbc, branch, book, submits);
        settle();
        return race(submits, threads, i -> submit(submission, readersAndItems.get(i)));
    }

    private static Run baselineRound(JdbcTemplate jdbc, DataSource dataSource, long branch, String title,
                                     int submits, int copies, int threads) throws Exception {
        long book = setUpTitle(jdbc, branch, title, copies);
        settle();
        return race(submits, threads, i -> holdRaw(dataSource, book, branch, 1_000_000L + i));
    }

    private static void print(String name, Run run) {
        System.out.printf("%s accepted=%d throughput=%.0f/s p50=%.1f ms p99=%.1f ms total=%.2f s%n", name, run.accepted(),
                run.throughput(), run.percentileMillis(0.50), run.percentileMillis(0.99), run.seconds());
    }

    private static boolean submit(OrderSubmissionService submission, long[] readerAndItem) {
        try {
            submission.submit(new ReaderId(readerAndItem[0]),
                    new OrderSubmissionService.Submission(List.of(readerAndItem[1]), Fulfilment.PICKUP, null, null));
            return true;
        } catch (BizException e) {
            return false;
        }
    }

    /** A pause before each race, so neither side runs while the server still purges what the previous round wrote. */
    private static void settle() throws InterruptedException {
        Thread.sleep(500);
    }

    /** The bare conditional UPDATE, run again when InnoDB picks it as a deadlock victim (many copies, many threads). */
    private static boolean holdRaw(DataSource dataSource, long bookId, long branchId, long marker) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return holdRawOnce(dataSource, bookId, branchId, marker);
            } catch (SQLTransactionRollbackException e) {
                if (attempt >= 20) {
                    throw e;
                }
            }
        }
    }

    private static boolean holdRawOnce(DataSource dataSource, long bookId, long branchId, long marker) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     UPDATE book_copy SET status = 'HELD', held_by_order_id = ?, version = version + 1, updated_at = NOW(3)
                     WHERE book_id = ? AND branch_id = ? AND status = 'AVAILABLE' ORDER BY id LIMIT 1""")) {
            c.setAutoCommit(true);
            s.setLong(1, marker);
            s.setLong(2, bookId);
            s.setLong(3, branchId);
            return s.executeUpdate() == 1;
        }
    }

    private static Run race(int n, int threads, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        try {
            CountDownLatch start = new CountDownLatch(1);
            long[] latencies = new long[n];
            List<Future<Boolean>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    try {
                        return attempt.run(index);
                    } finally {
                        latencies[index] = System.nanoTime() - t0;
                    }
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> f : futures) {
                accepted += f.get() ? 1 : 0;
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return new Run(accepted, seconds, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long setUpBranch(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT INTO branch (code, name, address, lat, lng, delivery_radius_m, enabled, created_at, updated_at)
                VALUES ('BENCH', '基准分馆', '长沙市', 28.2, 112.9, 3000, 1, NOW(3), NOW(3))""");
        return jdbc.queryForObject("SELECT id FROM branch WHERE code = 'BENCH'", Long.class);
    }

    private static long setUpTitle(JdbcTemplate jdbc, long branch, String title, int copies) {
        String isbn = "979" + String.format("%010d", Math.abs(title.hashCode()) % 10_000_000_000L);
        jdbc.update("INSERT INTO book (isbn, title, author, version, created_at, updated_at) VALUES (?, ?, '基准', 0, NOW(3), NOW(3))",
                isbn, title);
        long book = jdbc.queryForObject("SELECT id FROM book WHERE isbn = ?", Long.class, isbn);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            rows.add(new Object[] {book, branch, "B" + book + "-" + i});
        }
        jdbc.batchUpdate("INSERT INTO book_copy (book_id, branch_id, barcode, status, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'AVAILABLE', 0, NOW(3), NOW(3))", rows);
        return book;
    }

    /** Readers with one cart item each for the title: [readerId, cartItemId]. */
    private static List<long[]> setUpReaders(JdbcTemplate jdbc, long branch, long book, int n) {
        List<long[]> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String openid = "bench-" + book + "-" + i;
            jdbc.update("INSERT INTO reader (openid, card_type, card_status, delivery_eligibility, version, created_at, updated_at) "
                    + "VALUES (?, 'CITY_WIDE', 'ACTIVE', 'NONE', 0, NOW(3), NOW(3))", openid);
            long reader = jdbc.queryForObject("SELECT id FROM reader WHERE openid = ?", Long.class, openid);
            jdbc.update("INSERT INTO cart_item (reader_id, book_id, branch_id, created_at) VALUES (?, ?, ?, NOW(3))", reader, book, branch);
            long item = jdbc.queryForObject("SELECT id FROM cart_item WHERE reader_id = ? AND book_id = ?", Long.class, reader, book);
            result.add(new long[] {reader, item});
        }
        return result;
    }
}
