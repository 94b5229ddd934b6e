package com.taoshu.stats;

import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stats.internal.RollupMapper;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * statsRollupJob's work: one day at a time, every branch's figures are recomputed from the raw tables and replace that
 * day's rows. A day is one transaction that first locks the day's row in {@code stats_rollup_day}, so a re-run or two
 * runs at once (two instances, the job and an operator) take turns and leave one consistent row per branch and day.
 * Readers of statistics (time series by day/week/month, top titles and categories) use the rollup tables for the past
 * and count today live from the raw tables (today's rollup row, if any, is ignored: it is already stale).
 */
@Service
public class StatsRollupService {

    public static final int MAX_DAYS = 400;

    private final RollupMapper mapper;
    private final TransactionTemplate tx;
    private final Clock clock;

    public StatsRollupService(RollupMapper mapper, TransactionTemplate tx, Clock clock) {
        this.mapper = mapper;
        this.tx = tx;
        this.clock = clock;
    }

    /** One branch's figures for one day (the columns of stats_daily). */
    public record DailyRow(LocalDate day, long branchId, int loans, int returns, int renewals, int newReaders,
                           int activeReaders, int ordersPickup, int ordersDelivery, int ordersPickedUp,
                           int ordersDelivered, int ordersRejected, int ordersExpired, int ordersCancelled,
                           int deliveriesOnTime, int deliveriesLate, int deliveriesFailed, int overdueLoans) {
    }

    public record RollupResult(LocalDate from, LocalDate to, int days, int rows) {

        @Override
        public String toString() {
            return "days=" + days + " rows=" + rows + " (" + from + " .. " + to + ")";
        }
    }

    /** The nightly run: yesterday (final) and today (so far). */
    public RollupResult rollupRecent() {
        LocalDate today = LocalDate.now(clock);
        return rollup(today.minusDays(1), today);
    }

    public RollupResult rollup(LocalDate from, LocalDate to) {
        requireRange(from, to);
        int rows = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            rows += tx.execute(s -> rollupDay(d));
        }
        return new RollupResult(from, to, (int) ChronoUnit.DAYS.between(from, to) + 1, rows);
    }

    private int rollupDay(LocalDate day) {
        mapper.lockDay(day, LocalDateTime.now(clock)); // first: a second rollup of this day waits until we commit
        List<DailyRow> rows = figures(day);
        mapper.clearDaily(day);
        mapper.clearTitles(day);
        mapper.clearCards(day);
        LocalDateTime now = LocalDateTime.now(clock);
        rows.forEach(row -> mapper.insertDaily(row, now));
        mapper.insertTitles(day, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        mapper.insertCards(day, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        return rows.size();
    }

    /** Every branch's figures of one day, counted from the raw tables (for the rollup, and live for today). */
    private List<DailyRow> figures(LocalDate day) {
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        Map<Long, Map<String, Integer>> byBranch = new TreeMap<>();
        for (RollupMapper.BranchCount c : mapper.counts(day, from, to)) {
            byBranch.computeIfAbsent(c.branchId(), b -> new HashMap<>()).merge(c.kind(), c.n(), Integer::sum);
        }
        for (RollupMapper.ActiveReaders a : mapper.activeReaders(from, to)) {
            byBranch.computeIfAbsent(a.branchId(), b -> new HashMap<>()).put("active_readers", a.n());
        }
        List<DailyRow> rows = new ArrayList<>();
        for (Map.Entry<Long, Map<String, Integer>> e : byBranch.entrySet()) {
            Map<String, Integer> m = e.getValue();
            rows.add(new DailyRow(day, e.getKey(), n(m, "loans"), n(m, "returns"), n(m, "renewals"),
                    n(m, "new_readers"), n(m, "active_readers"), n(m, "orders_pickup"), n(m, "orders_delivery"),
                    n(m, "outcome_PICKED_UP"), n(m, "outcome_DELIVERED"), n(m, "outcome_REJECTED"), n(m, "outcome_EXPIRED"),
                    n(m, "outcome_CANCELLED"), n(m, "deliveries_on_time"), n(m, "deliveries_late"),
                    n(m, "deliveries_failed"), n(m, "overdue_loans")));
        }
        return rows;
    }

    /**
     * Which part of a range the rollups answer and which is counted live: every day but today from the rollup tables,
     * today (if in the range) from the raw tables, so the 统计 page agrees with the dashboard on day one instead of
     * showing zeros until the nightly rollup (today's rollup row, from an earlier run, is stale and skipped).
     */
    record Window(LocalDate liveDay) {

        static Window of(LocalDate from, LocalDate to, LocalDate today) {
            return new Window(!today.isBefore(from) && !today.isAfter(to) ? today : null);
        }

        LocalDateTime liveFrom() {
            return liveDay == null ? null : liveDay.atStartOfDay();
        }

        LocalDateTime liveTo() {
            return liveDay == null ? null : liveDay.plusDays(1).atStartOfDay();
        }
    }

    private Window window(LocalDate from, LocalDate to) {
        return Window.of(from, to, LocalDate.now(clock));
    }

    /** Today's figures of one branch (or all) as a row of the series; none when nothing happened. */
    private List<RollupMapper.SeriesRow> live(LocalDate day, Long branchId) {
        long[] sum = new long[16];
        boolean any = false;
        for (DailyRow r : figures(day)) {
            if (branchId != null && r.branchId() != branchId) {
                continue;
            }
            any = true;
            int[] v = {r.loans(), r.returns(), r.renewals(), r.newReaders(), r.activeReaders(), r.ordersPickup(),
                    r.ordersDelivery(), r.ordersPickedUp(), r.ordersDelivered(), r.ordersRejected(), r.ordersExpired(),
                    r.ordersCancelled(), r.deliveriesOnTime(), r.deliveriesLate(), r.deliveriesFailed(), r.overdueLoans()};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return any ? List.of(new RollupMapper.SeriesRow(day, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6],
                sum[7], sum[8], sum[9], sum[10], sum[11], sum[12], sum[13], sum[14], sum[15])) : List.of();
    }

    private static int n(Map<String, Integer> m, String key) {
        return m.getOrDefault(key, 0);
    }

    // ---------------------------------------------------------------------------------------------- reading

    public enum Granularity { DAY, WEEK, MONTH }

    public record Point(LocalDate period, long loans, long returns, long renewals, long newReaders, long activeReaders,
                        long ordersPickup, long ordersDelivery, long ordersPickedUp, long ordersDelivered,
                        long ordersRejected, long ordersExpired, long ordersCancelled, long deliveriesOnTime,
                        long deliveriesLate, long deliveriesFailed, long overdueLoans) {
    }

    /**
     * Sums per day, week (starting Monday) or month; overdue is the period's last day (a stock, not a flow). Every
     * reading here is of the librarian's branch (another branch asked for is 403); an ADMIN's of any branch or all.
     */
    public List<Point> series(Long requestedBranch, LocalDate from, LocalDate to, Granularity granularity, StaffPrincipal by) {
        return series(BranchScope.list(by, requestedBranch), from, to, granularity);
    }

    private List<Point> series(Long branchId, LocalDate from, LocalDate to, Granularity granularity) {
        requireRange(from, to);
        Window w = window(from, to);
        List<RollupMapper.SeriesRow> rows = new ArrayList<>(mapper.daily(branchId, from, to));
        if (w.liveDay() != null) {
            rows.removeIf(r -> r.statDate().equals(w.liveDay()));
            rows.addAll(live(w.liveDay(), branchId));
        }
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (RollupMapper.SeriesRow r : rows) {
            LocalDate key = switch (granularity) {
                case DAY -> r.statDate();
                case WEEK -> r.statDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> r.statDate().withDayOfMonth(1);
            };
            long[] b = buckets.computeIfAbsent(key, k -> new long[16]);
            long[] v = {r.loans(), r.returnsCount(), r.renewals(), r.newReaders(), r.activeReaders(), r.ordersPickup(),
                    r.ordersDelivery(), r.ordersPickedUp(), r.ordersDelivered(), r.ordersRejected(), r.ordersExpired(),
                    r.ordersCancelled(), r.deliveriesOnTime(), r.deliveriesLate(), r.deliveriesFailed()};
            for (int i = 0; i < v.length; i++) {
                b[i] += v[i];
            }
            b[15] = r.overdueLoans(); // days come in order: the last one wins
        }
        List<Point> out = new ArrayList<>();
        buckets.forEach((k, b) -> out.add(new Point(k, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10],
                b[11], b[12], b[13], b[14], b[15])));
        return out;
    }

    public List<TopRow> topTitles(Long requestedBranch, LocalDate from, LocalDate to, int limit, StaffPrincipal by) {
        return topTitles(BranchScope.list(by, requestedBranch), from, to, limit);
    }

    private List<TopRow> topTitles(Long branchId, LocalDate from, LocalDate to, int limit) {
        requireRange(from, to);
        Window w = window(from, to);
        return mapper.topTitles(branchId, from, to, w.liveFrom(), w.liveTo(), Math.max(1, Math.min(limit, 100)));
    }

    public List<TopRow> topCategories(Long requestedBranch, LocalDate from, LocalDate to, int limit,
                                                   StaffPrincipal by) {
        return topCategories(BranchScope.list(by, requestedBranch), from, to, limit);
    }

    private List<TopRow> topCategories(Long branchId, LocalDate from, LocalDate to, int limit) {
        requireRange(from, to);
        Window w = window(from, to);
        return mapper.topCategories(branchId, from, to, w.liveFrom(), w.liveTo(), Math.max(1, Math.min(limit, 100)));
    }

    /** Per card type: reader-days active (a reader active on 3 days counts 3) and loans, over the range. */
    public record CardActivity(String cardType, String cardLabel, long activeReaderDays, long loans) {
    }

    public List<CardActivity> readerActivity(Long requestedBranch, LocalDate from, LocalDate to, StaffPrincipal by) {
        return readerActivity(BranchScope.list(by, requestedBranch), from, to);
    }

    private List<CardActivity> readerActivity(Long branchId, LocalDate from, LocalDate to) {
        requireRange(from, to);
        Window w = window(from, to);
        return mapper.readerActivity(branchId, from, to, w.liveFrom(), w.liveTo()).stream().map(r -> new CardActivity(r.cardType(),
                label(r.cardType()), r.activeReaderDays(), r.loans())).toList();
    }

    private static String label(String cardType) {
        try {
            return com.taoshu.reader.CardType.valueOf(cardType).label();
        } catch (IllegalArgumentException e) {
            return cardType;
        }
    }

    /** Every statistics table of the range in one workbook: series, top titles, top categories, reader activity. */
    public byte[] export(Long requestedBranch, LocalDate from, LocalDate to, Granularity granularity, StaffPrincipal by) {
        Long branchId = BranchScope.list(by, requestedBranch);
        List<Point> series = series(branchId, from, to, granularity);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (cn.idev.excel.ExcelWriter writer = cn.idev.excel.FastExcel.write(out)
                .excelType(cn.idev.excel.support.ExcelTypeEnum.XLSX).build()) {
            writer.write(series.stream().map(p -> List.<Object>of(p.period().toString(), p.loans(), p.returns(), p.renewals(),
                            p.newReaders(), p.activeReaders(), p.ordersPickup(), p.ordersDelivery(), p.ordersPickedUp(),
                            p.ordersDelivered(), p.ordersRejected(), p.ordersExpired(), p.ordersCancelled(),
                            p.deliveriesOnTime(), p.deliveriesLate(), p.deliveriesFailed(), p.overdueLoans())).toList(),
                    sheet(0, "时间序列", "日期", "借出", "归还", "续借", "新读者", "活跃读者", "自取订单", "送书订单", "已取书",
                            "已送达", "审核不通过", "逾期未取", "已取消", "准时送达/取回", "迟到", "配送失败", "逾期在借"));
            writer.write(topTitles(branchId, from, to, 100).stream().map(r -> List.<Object>of(r.name(), r.loans())).toList(),
                    sheet(1, "热门图书", "书名", "借阅次数"));
            writer.write(topCategories(branchId, from, to, 100).stream().map(r -> List.<Object>of(r.name(), r.loans())).toList(),
                    sheet(2, "热门分类", "分类", "借阅次数"));
            writer.write(readerActivity(branchId, from, to).stream()
                            .map(r -> List.<Object>of(r.cardLabel(), r.activeReaderDays(), r.loans())).toList(),
                    sheet(3, "读者活跃(按证类型)", "借阅证", "活跃人天", "借出"));
        }
        return out.toByteArray();
    }

    private static cn.idev.excel.write.metadata.WriteSheet sheet(int no, String name, String... head) {
        return cn.idev.excel.FastExcel.writerSheet(no, name)
                .head(java.util.Arrays.stream(head).map(List::of).toList()).build();
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw CommonErrorCode.BAD_REQUEST.exception("日期范围不正确：结束日期不能早于开始日期，且最多" + MAX_DAYS + "天");
        }
    }
}
