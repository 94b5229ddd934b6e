package com.taoshu.stats.internal;

import com.taoshu.loan.LoanStatus;
import com.taoshu.order.OrderStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Live figures for the librarians' dashboard (首页); {@code branchId} null = all branches. */
@Mapper
public interface DashboardMapper {

    record StatusCountRow(String status, long count) {
    }

    record CirculationRow(long activeLoans, long overdueLoans, long pendingReview, long onHoldingShelf) {
    }

    record HotBookRow(long bookId, String title, String author, long loans) {
    }

    @Select("""
            <script>
            SELECT status, COUNT(*) AS count FROM borrow_order
             WHERE submitted_at &gt;= #{from} AND submitted_at &lt; #{to}
             <if test="branchId != null"> AND branch_id = #{branchId}</if>
             GROUP BY status
            </script>""")
    List<StatusCountRow> ordersSubmittedBetween(@Param("branchId") Long branchId, @Param("from") LocalDateTime from,
                                                @Param("to") LocalDateTime to);

    @Select("""
            <script>
            SELECT (SELECT COUNT(*) FROM loan WHERE status = #{active}
                      <if test="branchId != null"> AND branch_id = #{branchId}</if>) AS active_loans,
                   (SELECT COUNT(*) FROM loan WHERE status = #{active} AND due_date &lt; #{today}
                      <if test="branchId != null"> AND branch_id = #{branchId}</if>) AS overdue_loans,
                   (SELECT COUNT(*) FROM borrow_order WHERE status = #{submitted}
                      <if test="branchId != null"> AND branch_id = #{branchId}</if>) AS pending_review,
                   (SELECT COUNT(*) FROM borrow_order WHERE status = #{onShelf}
                      <if test="branchId != null"> AND branch_id = #{branchId}</if>) AS on_holding_shelf
            </script>""")
    CirculationRow circulation(@Param("branchId") Long branchId, @Param("today") LocalDate today,
                               @Param("active") LoanStatus active, @Param("submitted") OrderStatus submitted,
                               @Param("onShelf") OrderStatus onShelf);

    default CirculationRow circulation(Long branchId, LocalDate today) {
        return circulation(branchId, today, LoanStatus.ACTIVE, OrderStatus.SUBMITTED, OrderStatus.READY_FOR_PICKUP);
    }

    @Select("""
            <script>
            SELECT b.id AS book_id, b.title, b.author, COUNT(*) AS loans
              FROM loan l JOIN book b ON b.id = l.book_id
             WHERE l.borrowed_at &gt;= #{since}
             <if test="branchId != null"> AND l.branch_id = #{branchId}</if>
             GROUP BY b.id, b.title, b.author
             ORDER BY loans DESC, b.id
             LIMIT #{limit}
            </script>""")
    List<HotBookRow> hotBooks(@Param("branchId") Long branchId, @Param("since") LocalDateTime since, @Param("limit") int limit);
}
