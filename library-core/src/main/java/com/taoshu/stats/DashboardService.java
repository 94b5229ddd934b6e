package com.taoshu.stats;

import com.taoshu.order.OrderStatus;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stats.internal.DashboardMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The librarians' 首页: today's orders by status, loans and overdue loans, hot books of the last 30 days (live SQL). */
@Service
public class DashboardService {

    static final int HOT_BOOK_DAYS = 30;
    static final int HOT_BOOK_LIMIT = 10;

    private final DashboardMapper mapper;
    private final Clock clock;

    public DashboardService(DashboardMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public record StatusCount(OrderStatus status, String label, long count) {
    }

    public record HotBook(long bookId, String title, String author, long loans) {
    }

    /** Every order status appears in {@code todayOrders} (0 when none), in lifecycle order. */
    public record Dashboard(LocalDate date, Long branchId, long todayOrderTotal, List<StatusCount> todayOrders,
                            long activeLoans, long overdueLoans, long pendingReview, long onHoldingShelf,
                            int hotBookDays, List<HotBook> hotBooks) {
    }

    /** The librarian's branch (another branch asked for is 403); an ADMIN's any branch or all. */
    public Dashboard of(Long requestedBranch, StaffPrincipal by) {
        Long branchId = BranchScope.list(by, requestedBranch);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> counts = mapper.ordersSubmittedBetween(branchId, today.atStartOfDay(), today.plusDays(1).atStartOfDay())
                .stream().collect(Collectors.toMap(DashboardMapper.StatusCountRow::status, DashboardMapper.StatusCountRow::count));
        List<StatusCount> byStatus = Arrays.stream(OrderStatus.values())
                .map(s -> new StatusCount(s, s.label(), counts.getOrDefault(s.name(), 0L))).toList();
        long total = byStatus.stream().mapToLong(StatusCount::count).sum();
        DashboardMapper.CirculationRow c = mapper.circulation(branchId, today);
        List<HotBook> hot = mapper.hotBooks(branchId, today.minusDays(HOT_BOOK_DAYS - 1L).atStartOfDay(), HOT_BOOK_LIMIT)
                .stream().map(r -> new HotBook(r.bookId(), r.title(), r.author(), r.loans())).toList();
        return new Dashboard(today, branchId, total, byStatus, c.activeLoans(), c.overdueLoans(), c.pendingReview(),
                c.onHoldingShelf(), HOT_BOOK_DAYS, hot);
    }
}
