package com.taoshu.notify.internal;

import com.taoshu.loan.LoanStatus;
import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Read-only facts notices are written from (orders, loans, readers); the reminder scans use the loan/order indexes. */
@Mapper
public interface NoticeFactsMapper {

    record OrderFacts(long id, String orderNo, long readerId, String branchName, LocalDateTime pickupDeadline,
                      String titles, int books) {
    }

    /** An order with its branch and the titles of its lines still held (rejected lines left out). */
    @Select("""
            SELECT o.id, o.order_no, o.reader_id, br.name AS branch_name, o.pickup_deadline,
                   GROUP_CONCAT(b.title ORDER BY l.id SEPARATOR '、') AS titles, COUNT(l.id) AS books
            FROM borrow_order o
            JOIN branch br ON br.id = o.branch_id
            LEFT JOIN borrow_order_line l ON l.order_id = o.id AND l.status <> #{rejected}
            LEFT JOIN book b ON b.id = l.book_id
            WHERE o.id = #{orderId}
            GROUP BY o.id, o.order_no, o.reader_id, br.name, o.pickup_deadline""")
    Optional<OrderFacts> order(@Param("orderId") long orderId, @Param("rejected") LineStatus rejected);

    default Optional<OrderFacts> order(long orderId) {
        return order(orderId, LineStatus.REJECTED);
    }

    record LoanFacts(long id, long readerId, String status, LocalDate dueDate, String title, String branchName) {
    }

    @Select("""
            SELECT l.id, l.reader_id, l.status, l.due_date, b.title, br.name AS branch_name
            FROM loan l JOIN book b ON b.id = l.book_id JOIN branch br ON br.id = l.branch_id
            WHERE l.id = #{loanId}""")
    Optional<LoanFacts> loan(@Param("loanId") long loanId);

    /**
     * ACTIVE loans due in [from, to] in this shard, one keyset page ordered like idx_loan_status_due
     * (status, due_date, id): resume after (afterDue, afterId).
     *
     * <p>The page's ids are picked from the loan index alone, in its order, and only then joined to book and branch:
     * with the joins in the same SELECT, MariaDB buffers the join (branch is tiny) and sorts every loan left in the
     * window for each page (EXPLAIN "Using temporary; Using filesort"), which made a 100,000-loan window quadratic
     * (~0.6 s a page mid-window, bench/README.md "Reminders"); this way a page reads about its own rows (~10 ms).
     */
    @Select("""
            <script>
            SELECT l.id, l.reader_id, l.status, l.due_date, b.title, br.name AS branch_name
            FROM (SELECT p.id FROM loan p FORCE INDEX (idx_loan_status_due)
                  WHERE p.status = #{active} AND p.due_date BETWEEN #{from} AND #{to}
                    AND (p.due_date &gt; #{afterDue} OR (p.due_date = #{afterDue} AND p.id &gt; #{afterId}))
                  <if test="total > 1"> AND MOD(p.reader_id, #{total}) = #{index}</if>
                  ORDER BY p.due_date, p.id
                  LIMIT #{limit}) page
            JOIN loan l ON l.id = page.id
            JOIN book b ON b.id = l.book_id JOIN branch br ON br.id = l.branch_id
            ORDER BY l.due_date, l.id
            </script>""")
    List<LoanFacts> activeLoansDue(@Param("from") LocalDate from, @Param("to") LocalDate to,
                                   @Param("afterDue") LocalDate afterDue, @Param("afterId") long afterId,
                                   @Param("index") int index, @Param("total") int total, @Param("limit") int limit,
                                   @Param("active") LoanStatus active);

    default List<LoanFacts> activeLoansDue(LocalDate from, LocalDate to, LocalDate afterDue, long afterId, int index,
                                           int total, int limit) {
        return activeLoansDue(from, to, afterDue, afterId, index, total, limit, LoanStatus.ACTIVE);
    }

    /** READY_FOR_PICKUP orders whose deadline falls in [from, to), in this shard (uses idx_order_status_deadline). */
    @Select("""
            <script>
            SELECT o.id FROM borrow_order o
            WHERE o.status = #{ready} AND o.pickup_deadline &gt;= #{from} AND o.pickup_deadline &lt; #{to}
              AND o.id &gt; #{afterId}
            <if test="total > 1"> AND MOD(o.reader_id, #{total}) = #{index}</if>
            ORDER BY o.id
            LIMIT #{limit}
            </script>""")
    List<Long> readyOrdersWithDeadline(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                                       @Param("afterId") long afterId, @Param("index") int index,
                                       @Param("total") int total, @Param("limit") int limit,
                                       @Param("ready") OrderStatus ready);

    default List<Long> readyOrdersWithDeadline(LocalDateTime from, LocalDateTime to, long afterId, int index, int total,
                                               int limit) {
        return readyOrdersWithDeadline(from, to, afterId, index, total, limit, OrderStatus.READY_FOR_PICKUP);
    }

    record OrderState(String status, LocalDateTime pickupDeadline) {
    }

    @Select("SELECT status, pickup_deadline FROM borrow_order WHERE id = #{orderId}")
    Optional<OrderState> orderState(@Param("orderId") long orderId);

    record PickupState(String status, long slotId) {
    }

    @Select("SELECT status, slot_id FROM return_pickup WHERE id = #{pickupId}")
    Optional<PickupState> pickupState(@Param("pickupId") long pickupId);

    @Select("SELECT name FROM branch WHERE id = #{branchId}")
    Optional<String> branchName(@Param("branchId") long branchId);

    @Select("SELECT openid FROM reader WHERE id = #{readerId}")
    Optional<String> openid(@Param("readerId") long readerId);
}
