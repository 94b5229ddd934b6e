package com.taoshu.bench;

import com.taoshu.notify.NotifyProperties;
import com.taoshu.notify.OutboxSender;
import com.taoshu.notify.ReminderScanner;
import com.taoshu.notify.internal.NoticeFactsMapper;
import com.taoshu.shared.persistence.DisposableSchema;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder jobs on a city's loans: N ACTIVE loans (default 1,000,000) of which exactly D (100,000) are due in the
 * due-soon window, some overdue, RETURNED loans mixed in (some of them due in the window too), over readers with
 * openids and due-soon consent, generated set-based in a schema of its own. Then, through the real beans the xxl-job
 * handlers call:
 * <ol>
 *   <li>{@link ReminderScanner#dueSoon} (dueReminderJob) from an empty outbox as one instance (shard 0 of 1) and as
 *       two instances at once (shards 0 and 1 of 2 on two threads): wall time, loans scanned, notices queued — which
 *       must be exactly the due loans, each once — and a second run that must queue nothing;</li>
 *   <li>{@link ReminderScanner#overdue} (overdueReminderJob) once and again, checked the same way;</li>
 *   <li>{@link OutboxSender#sendDue} (outboxSendJob) against a fake WeChat on 127.0.0.1 for a fixed time, one shard
 *       then two: notices sent per second, and the fake's count of messages received equal to the SENT rows.</li>
 * </ol>
 */
public final class ReminderBench {

    private static final String DEFAULT_DB =
            "jdbc:mariadb://127.0.0.1:3306/taoshu_bench_reminders?createDatabaseIfNotExist=true";
    private static final String TPL_DUE_SOON = "TPL_BENCH_DUE_SOON";
    private static final String TPL_OVERDUE = "TPL_BENCH_OVERDUE";
    private static final int CONSENTS_PER_READER = 20;
    private static final int LOAN_DAYS = 30;

    private ReminderBench() {
    }

    record Scan(String label, double seconds, int scanned, int queued) {

        void print() {
            System.out.printf("  %-34s scanned=%,d queued=%,d seconds=%.2f rows/s=%,.0f%n", label, scanned, queued,
                    seconds, scanned / Math.max(seconds, 1e-9));
        }
    }

    record Sent(int shards, double seconds, long sent, long skipped, long retrying, long failed, long fakeReceived) {
    }

    public static void main(String[] args) throws Exception {
        int loans = BenchArgs.intArg(args, "--loans", 1_000_000);
        int due = BenchArgs.intArg(args, "--due", 100_000);
        int overdue = BenchArgs.intArg(args, "--overdue", 30_000);
        int returned = BenchArgs.intArg(args, "--returned", 200_000);
        int readers = BenchArgs.intArg(args, "--readers", 250_000);
        int titles = BenchArgs.intArg(args, "--titles", 30_000);
        int sendSeconds = BenchArgs.intArg(args, "--send-seconds", 30);
        long seed = BenchArgs.intArg(args, "--seed", 1);
        boolean keep = List.of(args).contains("--keep");
        String db = BenchArgs.stringArg(args, "--db-url", DEFAULT_DB);
        if (due + overdue > loans) {
            throw new IllegalArgumentException("--due + --overdue must not exceed --loans");
        }
        try (FakeWeChatServer weChat = FakeWeChatServer.start(4);
             ConfigurableApplicationContext context = BenchApplication.start(db,
                     "--taoshu.search.build-on-start=false", "--taoshu.search.catch-up-interval=1h",
                     "--taoshu.wechat.app-id=bench-reminders", "--taoshu.wechat.secret=bench-secret",
                     "--taoshu.wechat.api-base-url=" + weChat.baseUrl(),
                     "--taoshu.notify.templates.due-soon.id=" + TPL_DUE_SOON,
                     "--taoshu.notify.templates.overdue.id=" + TPL_OVERDUE,
                     "--taoshu.notify.run-budget=2s")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ReminderScanner scanner = context.getBean(ReminderScanner.class);
            OutboxSender sender = context.getBean(OutboxSender.class);
            NotifyProperties properties = context.getBean(NotifyProperties.class);
            Clock clock = context.getBean(Clock.class);
            LocalDate today = LocalDate.now(clock);
            LocalDate windowFrom = today.plusDays(1);
            LocalDate windowTo = today.plusDays(properties.dueSoonDays());

            long g0 = System.nanoTime();
            Counts generated = generate(jdbc, new Random(seed), today, properties.dueSoonDays(), loans, due, overdue,
                    returned, readers, titles);
            double generateSeconds = (System.nanoTime() - g0) / 1e9;
            int expectedDue = count(jdbc, "SELECT COUNT(*) FROM loan WHERE status = 'ACTIVE' AND due_date BETWEEN ? AND ?",
                    windowFrom, windowTo);
            int returnedInWindow = count(jdbc,
                    "SELECT COUNT(*) FROM loan WHERE status = 'RETURNED' AND due_date BETWEEN ? AND ?", windowFrom, windowTo);
            int expectedOverdue = expectedOverdue(jdbc, properties, today);
            System.out.printf("reminders: %,d ACTIVE + %,d RETURNED loans, %,d readers, %,d titles, %,d copies, %d branches"
                            + " (generated in %.1f s); today %s, due-soon window %s..%s%n",
                    generated.active(), generated.returned(), generated.readers(), generated.titles(),
                    generated.copies(), generated.branches(), generateSeconds, today, windowFrom, windowTo);
            System.out.printf("  ACTIVE due in the window: %,d (asked %,d); RETURNED due in the window (must get nothing): %,d;"
                    + " ACTIVE on an overdue reminder day: %,d%n", expectedDue, due, returnedInWindow, expectedOverdue);
            explainScan(context, jdbc, windowFrom, windowTo);

            List<Scan> scans = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            if (expectedDue != due) {
                problems.add("generated " + expectedDue + " ACTIVE loans due in the window, asked " + due);
            }
            System.out.println("dueReminderJob (ReminderScanner.dueSoon) from an empty outbox:");
            clearOutbox(jdbc);
            scans.add(timed("1 shard (cold JVM)", () -> scanner.dueSoon(0, 1)));
            checkDueSoon(jdbc, scans.getLast(), expectedDue, windowFrom, windowTo, problems);
            scans.add(timed("1 shard, run again", () -> scanner.dueSoon(0, 1)));
            expectNothingNew(scans.getLast(), problems);
            clearOutbox(jdbc);
            scans.add(parallel("2 shards on 2 threads", 2, i -> scanner.dueSoon(i, 2)));
            checkDueSoon(jdbc, scans.getLast(), expectedDue, windowFrom, windowTo, problems);
            scans.add(parallel("2 shards, run again", 2, i -> scanner.dueSoon(i, 2)));
            expectNothingNew(scans.getLast(), problems);
            System.out.println("overdueReminderJob (ReminderScanner.overdue, days " + properties.overdueDays() + "):");
            clearOutbox(jdbc);
            scans.add(timed("overdue, 1 shard", () -> scanner.overdue(0, 1)));
            if (scans.getLast().queued() != expectedOverdue || count(jdbc, "SELECT COUNT(*) FROM notice") != expectedOverdue) {
                problems.add("overdue queued " + scans.getLast().queued() + ", expected " + expectedOverdue);
            }
            scans.add(timed("overdue, run again", () -> scanner.overdue(0, 1)));
            expectNothingNew(scans.getLast(), problems);
            clearOutbox(jdbc);
            scans.add(timed("dueSoon 1 shard (warm JVM)", () -> scanner.dueSoon(0, 1)));
            checkDueSoon(jdbc, scans.getLast(), expectedDue, windowFrom, windowTo, problems);

            System.out.printf("outboxSendJob (OutboxSender.sendDue) against the fake WeChat at %s, %d s per run:%n",
                    weChat.baseUrl(), sendSeconds);
            List<Sent> sends = new ArrayList<>();
            sends.add(send(jdbc, sender, weChat, 1, sendSeconds));
            sends.add(send(jdbc, sender, weChat, 2, sendSeconds));
            long sentRows = count(jdbc, "SELECT COUNT(*) FROM notice WHERE status = 'SENT'");
            long sentTwice = count(jdbc, "SELECT COUNT(*) FROM (SELECT notice_id FROM notice_attempt WHERE outcome = 'SENT'"
                    + " GROUP BY notice_id HAVING COUNT(*) > 1) t");
            long consentsUsed = count(jdbc, "SELECT COALESCE(SUM(? - remaining), 0) FROM subscription_consent"
                    + " WHERE template_id = ?", CONSENTS_PER_READER, TPL_DUE_SOON);
            if (weChat.sends() != sentRows) {
                problems.add("fake WeChat received " + weChat.sends() + " messages, SENT rows " + sentRows);
            }
            if (sentTwice != 0) {
                problems.add(sentTwice + " notices have more than one SENT attempt");
            }
            if (consentsUsed != sentRows) {
                problems.add("consents consumed " + consentsUsed + " != SENT rows " + sentRows);
            }

            if (!LocalDate.now(clock).equals(today)) {
                problems.add("the date changed during the run (midnight in " + clock.getZone() + "): run it again");
            }
            System.out.println("summary:");
            Scan cold = scans.get(0);
            Scan sharded = scans.get(2);
            Scan warm = scans.getLast();
            System.out.printf("  due-soon scan+enqueue, 1 shard:  %,d loans due of %,d ACTIVE -> %,d notices in %.2f s"
                            + " (%,.0f notices/s; warm JVM %.2f s, %,.0f/s) target <= 60 s: %s%n", cold.scanned(),
                    generated.active(), cold.queued(), cold.seconds(), cold.queued() / cold.seconds(), warm.seconds(),
                    warm.queued() / warm.seconds(), cold.seconds() <= 60 && warm.seconds() <= 60 ? "yes" : "NO");
            System.out.printf("  due-soon scan+enqueue, 2 shards: %,d notices in %.2f s wall (%,.0f notices/s)%n",
                    sharded.queued(), sharded.seconds(), sharded.queued() / sharded.seconds());
            System.out.printf("  idempotent re-run: 1 shard queued %d more in %.2f s, 2 shards queued %d more in %.2f s%n",
                    scans.get(1).queued(), scans.get(1).seconds(), scans.get(3).queued(), scans.get(3).seconds());
            System.out.printf("  overdue scan+enqueue, 1 shard: %,d notices in %.2f s; re-run queued %d%n",
                    scans.get(4).queued(), scans.get(4).seconds(), scans.get(5).queued());
            for (Sent s : sends) {
                System.out.printf("  send rate, %d shard%s: %,d sent in %.1f s = %,.0f notices/s (skipped %d, retrying %d,"
                                + " failed %d); fake received %,d%n", s.shards(), s.shards() == 1 ? " " : "s", s.sent(),
                        s.seconds(), s.sent() / s.seconds(), s.skipped(), s.retrying(), s.failed(), s.fakeReceived());
            }
            System.out.printf("  fake WeChat received %,d messages, SENT rows %,d, sent twice %d, consents consumed %,d,"
                            + " access_tokens issued by the fake %d (0: the shared token was still in Redis): %s%n",
                    weChat.sends(), sentRows, sentTwice, consentsUsed, weChat.tokensIssued(),
                    weChat.sends() == sentRows && sentTwice == 0 ? "ok" : "MISMATCH");
            System.out.println(problems.isEmpty() ? "all checks passed" : "CHECKS FAILED: " + problems);

            if (!keep) {
                String schema = DisposableSchema.drop(jdbc.getDataSource());
                System.out.println("dropped schema " + schema + " (--keep keeps it)");
            }
            if (!problems.isEmpty()) {
                System.exit(1);
            }
        }
    }

    record Counts(int active, int returned, int readers, int titles, int copies, int branches) {
    }

    /**
     * Set-based generation over a sequence table built from a digits table (portable SQL, no stored procedures):
     * catalog titles and branches from {@link CatalogGenerator}; then readers, one ON_LOAN copy per ACTIVE loan and
     * the loans themselves, each an INSERT … SELECT over the sequence, in chunks.
     *
     * <p>Loan i (1..N) takes p = i·k mod N, a permutation of 0..N-1 (k prime to N), so the due dates are scattered
     * over the ids as in a real table: p &lt; D → due in the window (exactly D), p &lt; D+O → overdue 1–30 days,
     * else due today (1 in 20) or in 3–30 days. RETURNED loans reuse the copies, due from 60 days ago to the end of the
     * window, returned on or before their due date.
     */
    private static Counts generate(JdbcTemplate jdbc, Random random, LocalDate today, int dueSoonDays, int loans, int due,
                                   int overdue, int returned, int readers, int titles) {
        CatalogGenerator.Generated catalog = new CatalogGenerator(random).insert(jdbc, titles);
        int bookCount = count(jdbc, "SELECT COUNT(*) FROM book");
        int branchCount = count(jdbc, "SELECT COUNT(*) FROM branch");
        long readerBase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM reader", Long.class);
        long copyBase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM book_copy", Long.class);
        long loanBase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM loan", Long.class);
        int size = Math.max(loans, Math.max(returned, readers));

        DisposableSchema.execute(jdbc.getDataSource(), "DROP TABLE IF EXISTS bench_seq", "DROP TABLE IF EXISTS bench_digit",
                "DROP TABLE IF EXISTS bench_book", "DROP TABLE IF EXISTS bench_branch");
        // titles and branches numbered 0..n-1 (their auto-increment ids may have gaps)
        jdbc.execute("CREATE TABLE bench_book (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL)");
        jdbc.update("INSERT INTO bench_book (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM book");
        jdbc.execute("CREATE TABLE bench_branch (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL)");
        jdbc.update("INSERT INTO bench_branch (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM branch");
        jdbc.execute("CREATE TABLE bench_digit (d INT NOT NULL PRIMARY KEY)");
        jdbc.execute("INSERT INTO bench_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
        jdbc.execute("CREATE TABLE bench_seq (n INT NOT NULL PRIMARY KEY)");
        jdbc.update("""
                INSERT INTO bench_seq (n)
                SELECT 1 + d0.d + 10 * d1.d + 100 * d2.d + 1000 * d3.d + 10000 * d4.d + 100000 * d5.d + 1000000 * d6.d
                FROM bench_digit d0 CROSS JOIN bench_digit d1 CROSS JOIN bench_digit d2 CROSS JOIN bench_digit d3
                     CROSS JOIN bench_digit d4 CROSS JOIN bench_digit d5 CROSS JOIN bench_digit d6
                WHERE d6.d <= ?""", (size - 1) / 1_000_000);

        jdbc.update("""
                INSERT INTO reader (id, openid, name, card_type, card_status, home_branch_id, delivery_eligibility,
                                    version, created_at, updated_at)
                SELECT ? + s.n, CONCAT('oBenchRem', LPAD(s.n, 19, '0')), CONCAT('读者', s.n),
                       CASE WHEN MOD(s.n, 3) = 0 THEN 'COMMUNITY_TRUST' ELSE 'CITY_WIDE' END, 'ACTIVE',
                       br.id, 'NONE', 0, NOW(3), NOW(3)
                FROM bench_seq s JOIN bench_branch br ON br.k = MOD(s.n, ?)
                WHERE s.n <= ?""", readerBase, branchCount, readers);
        jdbc.update("""
                INSERT INTO subscription_consent (reader_id, template_id, remaining, created_at, updated_at)
                SELECT ? + s.n, ?, ?, NOW(3), NOW(3) FROM bench_seq s WHERE s.n <= ?""",
                readerBase, TPL_DUE_SOON, CONSENTS_PER_READER, readers);

        // copy c (1..loans): the title and branch every loan of that copy refers to
        int chunk = 200_000;
        for (int from = 1; from <= loans; from += chunk) {
            jdbc.update("""
                    INSERT INTO book_copy (id, book_id, branch_id, barcode, status, version, created_at, updated_at)
                    SELECT ? + s.n, b.id, br.id, CONCAT('RL', LPAD(s.n, 10, '0')), 'ON_LOAN', 0, NOW(3), NOW(3)
                    FROM bench_seq s JOIN bench_book b ON b.k = MOD(s.n * 7919, ?)
                         JOIN bench_branch br ON br.k = MOD(s.n, ?)
                    WHERE s.n BETWEEN ? AND ?""",
                    copyBase, bookCount, branchCount, from, Math.min(loans, from + chunk - 1));
        }
        long k = coprimeMultiplier(loans);
        for (int from = 1; from <= loans; from += chunk) {
            jdbc.update("""
                    INSERT INTO loan (id, reader_id, book_id, copy_id, branch_id, status, borrowed_at, due_date,
                                      renew_count, version, created_at, updated_at)
                    SELECT ? + t.n, ? + 1 + MOD(t.n * 104729, ?), c.book_id, c.id, c.branch_id, 'ACTIVE',
                           TIMESTAMP(DATE_SUB(t.due, INTERVAL 30 * (1 + t.renewed) DAY), '10:00:00'), t.due,
                           t.renewed, 0, TIMESTAMP(DATE_SUB(t.due, INTERVAL 30 * (1 + t.renewed) DAY), '10:00:00'),
                           TIMESTAMP(DATE_SUB(t.due, INTERVAL 30 DAY), '10:00:00')
                    FROM (SELECT s.n, CASE WHEN MOD(s.n, 10) = 0 THEN 1 ELSE 0 END AS renewed,
                                 CASE WHEN MOD(s.n * ?, ?) < ? THEN DATE_ADD(?, INTERVAL 1 + MOD(MOD(s.n * ?, ?), ?) DAY)
                                      WHEN MOD(s.n * ?, ?) < ? THEN DATE_SUB(?, INTERVAL 1 + MOD(MOD(s.n * ?, ?), 30) DAY)
                                      WHEN MOD(MOD(s.n * ?, ?), 20) = 0 THEN ?
                                      ELSE DATE_ADD(?, INTERVAL ? + 1 + MOD(MOD(s.n * ?, ?), ?) DAY) END AS due
                          FROM bench_seq s WHERE s.n BETWEEN ? AND ?) t
                    JOIN book_copy c ON c.id = ? + t.n""",
                    loanBase, readerBase, readers,
                    k, loans, due, today, k, loans, dueSoonDays,
                    k, loans, due + overdue, today, k, loans,
                    k, loans, today,
                    today, dueSoonDays, k, loans, LOAN_DAYS - dueSoonDays,
                    from, Math.min(loans, from + chunk - 1), copyBase);
        }
        for (int from = 1; from <= returned; from += chunk) {
            jdbc.update("""
                    INSERT INTO loan (id, reader_id, book_id, copy_id, branch_id, status, borrowed_at, due_date,
                                      renew_count, returned_at, version, created_at, updated_at)
                    SELECT ? + ? + t.n, ? + 1 + MOD(t.n * 7, ?), c.book_id, c.id, c.branch_id, 'RETURNED',
                           TIMESTAMP(DATE_SUB(t.due, INTERVAL 30 DAY), '10:00:00'), t.due, 0,
                           TIMESTAMP(DATE_SUB(LEAST(t.due, ?), INTERVAL MOD(t.n, 5) DAY), '15:00:00'), 1,
                           TIMESTAMP(DATE_SUB(t.due, INTERVAL 30 DAY), '10:00:00'),
                           TIMESTAMP(DATE_SUB(LEAST(t.due, ?), INTERVAL MOD(t.n, 5) DAY), '15:00:00')
                    FROM (SELECT s.n, 1 + MOD(s.n * 31, ?) AS c, DATE_ADD(?, INTERVAL MOD(s.n, ?) - 60 DAY) AS due
                          FROM bench_seq s WHERE s.n BETWEEN ? AND ?) t
                    JOIN book_copy c ON c.id = ? + t.c""",
                    loanBase, loans, readerBase, readers, today, today, loans, today, 61 + dueSoonDays,
                    from, Math.min(returned, from + chunk - 1), copyBase);
        }
        DisposableSchema.execute(jdbc.getDataSource(), "DROP TABLE bench_seq", "DROP TABLE bench_digit", "DROP TABLE bench_book",
                "DROP TABLE bench_branch");
        // a live database has statistics; the job's plans are measured with them
        jdbc.execute("ANALYZE TABLE loan, reader, book, book_copy, branch, subscription_consent, notice");
        return new Counts(loans, returned, readers, catalog.books().size(), catalog.copies() + loans, catalog.branches());
    }

    private static long coprimeMultiplier(int n) {
        for (long k : new long[] {7_919, 104_729, 1_299_709, 15_485_863}) {
            if (BigInteger.valueOf(k).gcd(BigInteger.valueOf(n)).intValue() == 1) {
                return k;
            }
        }
        throw new IllegalArgumentException("no multiplier prime to " + n);
    }

    /** ACTIVE loans on an overdue reminder day, by the rule NotifyProperties documents (stage day + catch-up grace). */
    private static int expectedOverdue(JdbcTemplate jdbc, NotifyProperties p, LocalDate today) {
        int total = 0;
        List<Integer> stages = p.overdueDays();
        for (int i = 0; i < stages.size(); i++) {
            int day = stages.get(i);
            int grace = i + 1 < stages.size() ? Math.min(p.catchUpDays(), stages.get(i + 1) - day - 1) : p.catchUpDays();
            total += count(jdbc, "SELECT COUNT(*) FROM loan WHERE status = 'ACTIVE' AND due_date BETWEEN ? AND ?",
                    today.minusDays(day + grace), today.minusDays(day));
        }
        return total;
    }

    /** The plan of one keyset page of the scan, in the middle of the window, from the mapper's own SQL. */
    private static void explainScan(ConfigurableApplicationContext context, JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        Map<String, Object> middle = jdbc.queryForMap("""
                SELECT due_date, id FROM loan WHERE status = 'ACTIVE' AND due_date BETWEEN ? AND ?
                ORDER BY due_date, id LIMIT 1 OFFSET ?""", from, to,
                count(jdbc, "SELECT COUNT(*) FROM loan WHERE status = 'ACTIVE' AND due_date BETWEEN ? AND ?", from, to) / 2);
        MappedStatement statement = context.getBean(SqlSessionFactory.class).getConfiguration()
                .getMappedStatement(NoticeFactsMapper.class.getName() + ".activeLoansDue");
        for (int total : new int[] {1, 2}) {
            Map<String, Object> params = new HashMap<>();
            params.put("from", from);
            params.put("to", to);
            Object afterDue = middle.get("due_date");
            params.put("afterDue", afterDue instanceof java.sql.Date d ? d.toLocalDate() : afterDue);
            params.put("afterId", ((Number) middle.get("id")).longValue());
            params.put("index", 0);
            params.put("total", total);
            params.put("limit", 2000);
            BoundSql sql = statement.getBoundSql(params);
            Object[] args = sql.getParameterMappings().stream().map(m -> params.get(m.getProperty())).toArray();
            System.out.println("  EXPLAIN of a scan page (mid-window, shard 0 of " + total + "):");
            for (Map<String, Object> row : jdbc.queryForList("EXPLAIN " + sql.getSql(), args)) {
                System.out.println("    " + row);
            }
            long t0 = System.nanoTime();
            int rows = jdbc.queryForList(sql.getSql(), args).size();
            System.out.printf("    that page: %d rows in %.1f ms%n", rows, (System.nanoTime() - t0) / 1e6);
        }
    }

    private static void clearOutbox(JdbcTemplate jdbc) {
        DisposableSchema.execute(jdbc.getDataSource(), "TRUNCATE TABLE notice_attempt", "TRUNCATE TABLE notice");
    }

    private static Scan timed(String label, Callable<ReminderScanner.ScanResult> job) throws Exception {
        long t0 = System.nanoTime();
        ReminderScanner.ScanResult r = job.call();
        Scan scan = new Scan(label, (System.nanoTime() - t0) / 1e9, r.scanned(), r.queued());
        scan.print();
        return scan;
    }

    interface ShardJob {
        ReminderScanner.ScanResult run(int shardIndex) throws Exception;
    }

    /** Shards run at once on their own threads, as the instances of a broadcast job would; wall time until the last. */
    private static Scan parallel(String label, int shards, ShardJob job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(shards);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ReminderScanner.ScanResult>> futures = new ArrayList<>();
            for (int i = 0; i < shards; i++) {
                int shard = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.run(shard);
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            int scanned = 0;
            int queued = 0;
            for (Future<ReminderScanner.ScanResult> f : futures) {
                scanned += f.get().scanned();
                queued += f.get().queued();
            }
            Scan scan = new Scan(label, (System.nanoTime() - t0) / 1e9, scanned, queued);
            scan.print();
            return scan;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void checkDueSoon(JdbcTemplate jdbc, Scan scan, int expected, LocalDate from, LocalDate to,
                                     List<String> problems) {
        Map<String, Object> r = jdbc.queryForMap("""
                SELECT COUNT(*) AS notices, COUNT(DISTINCT n.subject_id) AS loans,
                       COALESCE(SUM(CASE WHEN l.status = 'ACTIVE' AND l.due_date BETWEEN ? AND ? THEN 1 ELSE 0 END), 0) AS due
                FROM notice n LEFT JOIN loan l ON l.id = n.subject_id""", from, to);
        long notices = ((Number) r.get("notices")).longValue();
        long distinctLoans = ((Number) r.get("loans")).longValue();
        long dueOnes = ((Number) r.get("due")).longValue();
        boolean ok = scan.scanned() == expected && scan.queued() == expected && notices == expected
                && distinctLoans == expected && dueOnes == expected;
        System.out.printf("    outbox: %,d notices for %,d distinct loans, %,d of them ACTIVE and due in the window: %s%n",
                notices, distinctLoans, dueOnes, ok ? "exactly the due loans, once each" : "WRONG");
        if (!ok) {
            problems.add(scan.label() + ": scanned " + scan.scanned() + " queued " + scan.queued() + " notices " + notices
                    + " distinct " + distinctLoans + " due " + dueOnes + ", expected " + expected);
        }
    }

    private static void expectNothingNew(Scan scan, List<String> problems) {
        if (scan.queued() != 0) {
            problems.add(scan.label() + " queued " + scan.queued() + " (expected 0)");
        }
    }

    /** outboxSendJob for a fixed time: each shard on its own thread calls sendDue until the time is up. */
    private static Sent send(JdbcTemplate jdbc, OutboxSender sender, FakeWeChatServer weChat, int shards, int seconds)
            throws Exception {
        long fakeBefore = weChat.sends();
        ExecutorService pool = Executors.newFixedThreadPool(shards);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            long end = t0 + seconds * 1_000_000_000L;
            for (int i = 0; i < shards; i++) {
                int shard = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    long[] c = new long[4];
                    while (System.nanoTime() < end) {
                        OutboxSender.SendSummary s = sender.sendDue(shard, shards);
                        c[0] += s.sent();
                        c[1] += s.skipped();
                        c[2] += s.retrying();
                        c[3] += s.failed();
                        if (s.sent() + s.skipped() + s.retrying() + s.failed() == 0) {
                            break; // the outbox is empty
                        }
                    }
                    return c;
                }));
            }
            start.countDown();
            long[] total = new long[4];
            for (Future<long[]> f : futures) {
                long[] c = f.get();
                for (int j = 0; j < 4; j++) {
                    total[j] += c[j];
                }
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            Sent sent = new Sent(shards, elapsed, total[0], total[1], total[2], total[3], weChat.sends() - fakeBefore);
            System.out.printf("  %d shard%s: sent=%,d skipped=%d retrying=%d failed=%d in %.1f s -> %,.0f notices/s;"
                            + " fake received %,d; pending left %,d%n", shards, shards == 1 ? "" : "s", sent.sent(),
                    sent.skipped(), sent.retrying(), sent.failed(), elapsed, sent.sent() / elapsed, sent.fakeReceived(),
                    count(jdbc, "SELECT COUNT(*) FROM notice WHERE status = 'PENDING'"));
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Number n = jdbc.queryForObject(sql, Number.class, args);
        return n == null ? 0 : n.intValue();
    }
}
