package com.taoshu.bench;

import com.taoshu.recommend.RecommendRebuildJob;
import com.taoshu.recommend.RecommendationService;
import com.taoshu.shared.persistence.DisposableSchema;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 猜你喜欢 against a most-popular baseline on a generated loan history with planted taste clusters. Titles fall into
 * {@code --clusters} hidden clusters (popularity within a cluster is Zipf-like); each reader likes one or two clusters
 * and borrows from them with probability {@code --taste} (default 0.8), otherwise a title drawn from the global
 * popularity (Zipf over all titles). Each reader's last loan is held out; the rest go into {@code loan}; then the real
 * {@link RecommendRebuildJob} rebuilds the similarity table (timed) and the real
 * {@link RecommendationService#forReader} picks 10 titles per reader. Hit-rate@10 = share of readers whose held-out
 * title is among their 10; the baseline offers each reader the 10 most borrowed titles they have not borrowed.
 */
public final class RecommendBench {

    private static final String DEFAULT_DB =
            "jdbc:mariadb://127.0.0.1:3306/taoshu_bench_recommend?createDatabaseIfNotExist=true";
    private static final int K = 10;
    private static final int MIN_LOANS = 6;

    private RecommendBench() {
    }

    public static void main(String[] args) throws Exception {
        int readers = BenchArgs.intArg(args, "--readers", 20_000);
        int titles = BenchArgs.intArg(args, "--titles", 10_000);
        int loans = BenchArgs.intArg(args, "--loans", 500_000);
        int clusters = BenchArgs.intArg(args, "--clusters", 50);
        double taste = Double.parseDouble(BenchArgs.stringArg(args, "--taste", "0.8"));
        int eval = BenchArgs.intArg(args, "--eval", readers);
        long seed = BenchArgs.intArg(args, "--seed", 1);
        boolean keep = List.of(args).contains("--keep");
        String db = BenchArgs.stringArg(args, "--db-url", DEFAULT_DB);
        try (ConfigurableApplicationContext context = BenchApplication.start(db, "--taoshu.search.build-on-start=false",
                "--taoshu.search.catch-up-interval=1h")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Clock clock = context.getBean(Clock.class);
            Random random = new Random(seed);

            long g0 = System.nanoTime();
            List<CatalogGenerator.GeneratedBook> catalog = new CatalogGenerator(random).insert(jdbc, titles).books();
            long[] bookIds = catalog.stream().mapToLong(CatalogGenerator.GeneratedBook::id).sorted().toArray();
            History history = History.generate(random, bookIds.length, readers, loans, clusters, taste);
            long[] readerIds = insertReaders(jdbc, readers);
            int training = insertTraining(jdbc, history, bookIds, readerIds, LocalDateTime.now(clock));
            jdbc.execute("ANALYZE TABLE loan, reader");
            double generateSeconds = (System.nanoTime() - g0) / 1e9;
            System.out.printf("recommend: %,d readers, %,d titles in %d clusters (taste %.0f %%), %,d loans generated"
                            + " (%,d in training, %,d held out: each reader's last), in %.1f s%n", readers, bookIds.length,
                    clusters, taste * 100, history.total(), training, readers, generateSeconds);

            RecommendRebuildJob job = context.getBean(RecommendRebuildJob.class);
            long t0 = System.nanoTime();
            String rebuilt = job.run(0, 1);
            double computeSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  recommendRebuildJob: %.1f s  (%s)%n", computeSeconds, rebuilt);

            RecommendationService service = context.getBean(RecommendationService.class);
            int[] popularity = new int[bookIds.length];
            for (int r = 0; r < readers; r++) {
                int[] seq = history.loans()[r];
                for (int i = 0; i < seq.length - 1; i++) {
                    popularity[seq[i]]++;
                }
            }
            Integer[] byPopularity = new Integer[bookIds.length];
            for (int i = 0; i < byPopularity.length; i++) {
                byPopularity[i] = i;
            }
            Arrays.sort(byPopularity, (x, y) -> popularity[y] != popularity[x] ? popularity[y] - popularity[x] : x - y);

            int step = Math.max(1, readers / eval);
            int evaluated = 0;
            int hits = 0;
            int baselineHits = 0;
            int empty = 0;
            Map<Long, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < bookIds.length; i++) {
                index.put(bookIds[i], i);
            }
            long e0 = System.nanoTime();
            for (int r = 0; r < readers && evaluated < eval; r += step) {
                int[] seq = history.loans()[r];
                int heldOut = seq[seq.length - 1];
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < seq.length - 1; i++) {
                    seen.add(seq[i]);
                }
                List<Long> picks = service.forReader(readerIds[r], null, K).bookIds();
                if (picks.isEmpty()) {
                    empty++;
                }
                if (picks.stream().anyMatch(id -> index.get(id) == heldOut)) {
                    hits++;
                }
                int offered = 0;
                for (int t = 0; t < byPopularity.length && offered < K; t++) {
                    if (!seen.contains(byPopularity[t])) {
                        if (byPopularity[t] == heldOut) {
                            baselineHits++;
                        }
                        offered++;
                    }
                }
                evaluated++;
            }
            double evalSeconds = (System.nanoTime() - e0) / 1e9;
            double rate = hits / (double) evaluated;
            double baseline = baselineHits / (double) evaluated;
            System.out.printf("  evaluated %,d readers in %.1f s (%.2f ms per reader through RecommendationService.forReader);"
                    + " %d got no picks%n", evaluated, evalSeconds, evalSeconds * 1000 / evaluated, empty);
            System.out.printf("summary: hit-rate@10 recommender %.4f (%,d hits), most-popular baseline %.4f (%,d hits),"
                            + " ratio %.2f; rebuild %.1f s (target <= 120 s: %s)%n", rate, hits, baseline, baselineHits,
                    baseline == 0 ? Double.POSITIVE_INFINITY : rate / baseline, computeSeconds,
                    computeSeconds <= 120 ? "yes" : "NO");
            if (!keep) {
                String schema = DisposableSchema.drop(jdbc.getDataSource());
                System.out.println("dropped schema " + schema + " (--keep keeps it)");
            }
        }
    }

    /** Per reader, their titles (indexes into the sorted book ids) in borrowing order; the last one is held out. */
    record History(int[][] loans, int total) {

        static History generate(Random random, int titles, int readers, int loans, int clusters, double taste) {
            int[] order = shuffled(random, titles);
            int[][] members = new int[clusters][];
            for (int c = 0; c < clusters; c++) {
                int size = titles / clusters + (c < titles % clusters ? 1 : 0);
                members[c] = new int[size];
            }
            for (int i = 0; i < titles; i++) {
                members[i % clusters][i / clusters] = order[i];
            }
            Zipf inCluster = new Zipf(titles / clusters + 1, 0.8);
            int[] global = shuffled(random, titles);
            Zipf overall = new Zipf(titles, 1.0);
            double[] raw = new double[readers];
            double sum = 0;
            for (int r = 0; r < readers; r++) {
                raw[r] = -Math.log(1 - random.nextDouble());
                sum += raw[r];
            }
            int[][] history = new int[readers][];
            int total = 0;
            for (int r = 0; r < readers; r++) {
                int n = Math.min(300, Math.max(MIN_LOANS, (int) Math.round(raw[r] / sum * loans)));
                int[] liked = random.nextDouble() < 0.6 ? new int[] {random.nextInt(clusters)}
                        : new int[] {random.nextInt(clusters), random.nextInt(clusters)};
                Set<Integer> seen = new HashSet<>();
                int[] seq = new int[n];
                int k = 0;
                for (int attempt = 0; k < n && attempt < 20 * n; attempt++) {
                    int title;
                    if (random.nextDouble() < taste) {
                        int[] m = members[liked[random.nextInt(liked.length)]];
                        int rank = inCluster.sample(random);
                        title = m[Math.min(rank, m.length - 1)];
                    } else {
                        title = global[overall.sample(random)];
                    }
                    if (seen.add(title)) {
                        seq[k++] = title;
                    }
                }
                history[r] = Arrays.copyOf(seq, k);
                total += k;
            }
            return new History(history, total);
        }

        private static int[] shuffled(Random random, int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return a;
        }
    }

    /** Ranks 0..n-1 with P(rank) proportional to 1/(rank+1)^s, by binary search in the cumulative weights. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double acc = 0;
            for (int i = 0; i < n; i++) {
                acc += 1 / Math.pow(i + 1, s);
                cumulative[i] = acc;
            }
        }

        int sample(Random random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, u);
            return at >= 0 ? at : Math.min(-at - 1, cumulative.length - 1);
        }
    }

    private static long[] insertReaders(JdbcTemplate jdbc, int readers) {
        for (int from = 0; from < readers; from += 2000) {
            StringBuilder sql = new StringBuilder("INSERT INTO reader (openid, name, card_type, card_status, delivery_eligibility,"
                    + " version, created_at, updated_at) VALUES ");
            for (int r = from; r < Math.min(readers, from + 2000); r++) {
                sql.append(r == from ? "" : ",").append("('oBenchRec").append(r).append("', '读者").append(r)
                        .append("', 'CITY_WIDE', 'ACTIVE', 'NONE', 0, NOW(3), NOW(3))");
            }
            jdbc.execute(sql.toString());
        }
        return jdbc.queryForList("SELECT id FROM reader WHERE openid LIKE 'oBenchRec%' ORDER BY CAST(SUBSTRING(openid, 10) AS"
                + " UNSIGNED)", Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Every loan but each reader's last, as RETURNED loans spread over the last 360 days in borrowing order (the
     * held-out last loan would be the most recent). Multi-row INSERTs of numbers only.
     */
    private static int insertTraining(JdbcTemplate jdbc, History history, long[] bookIds, long[] readerIds,
                                      LocalDateTime now) {
        long branch = jdbc.queryForObject("SELECT MIN(id) FROM branch", Long.class);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        List<String> rows = new ArrayList<>(5000);
        int count = 0;
        for (int r = 0; r < readerIds.length; r++) {
            int[] seq = history.loans()[r];
            for (int i = 0; i < seq.length - 1; i++) {
                LocalDateTime at = now.minusMinutes((long) (360L * 24 * 60) * (seq.length - i) / (seq.length + 1));
                String ts = at.format(f);
                rows.add("(" + readerIds[r] + "," + bookIds[seq[i]] + ",0," + branch + ",'RETURNED','" + ts + "','"
                        + at.toLocalDate().plusDays(30) + "',0,'" + ts + "',0,NOW(3),NOW(3))");
                count++;
                if (rows.size() == 5000) {
                    flush(jdbc, rows);
                }
            }
        }
        flush(jdbc, rows);
        return count;
    }

    private static void flush(JdbcTemplate jdbc, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute("INSERT INTO loan (reader_id, book_id, copy_id, branch_id, status, borrowed_at, due_date, renew_count,"
                + " returned_at, version, created_at, updated_at) VALUES " + String.join(",", rows));
        rows.clear();
    }
}
