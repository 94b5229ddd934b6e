package com.taoshu.stats.internal;

import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.order.OrderStatus;
import com.taoshu.stats.StatsRollupService;
import com.taoshu.stats.TopRow;
import com.taoshu.stats.internal.OnTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The raw facts of one day [from, to) grouped by branch, and the rollup tables they fill. */
@Mapper
public interface RollupMapper {

    record BranchCount(long branchId, String kind, int n) {
    }

    @Select("""
            SELECT branch_id, 'loans' AS kind, COUNT(*) AS n FROM loan WHERE borrowed_at >= #{from} AND borrowed_at < #{to} GROUP BY branch_id
            UNION ALL
            SELECT branch_id, 'returns', COUNT(*) FROM loan WHERE returned_at >= #{from} AND returned_at < #{to} GROUP BY branch_id
            UNION ALL
            SELECT l.branch_id, 'renewals', COUNT(*) FROM loan_history h JOIN loan l ON l.id = h.loan_id
              WHERE h.action = 'RENEWED' AND h.created_at >= #{from} AND h.created_at < #{to} GROUP BY l.branch_id
            UNION ALL
            SELECT COALESCE(home_branch_id, 0), 'new_readers', COUNT(*) FROM reader WHERE created_at >= #{from} AND created_at < #{to}
              GROUP BY COALESCE(home_branch_id, 0)
            UNION ALL
            SELECT branch_id, CONCAT('orders_', LOWER(fulfilment)), COUNT(*) FROM borrow_order
              WHERE submitted_at >= #{from} AND submitted_at < #{to} GROUP BY branch_id, fulfilment
            UNION ALL
            SELECT o.branch_id, CONCAT('outcome_', h.to_status), COUNT(*) FROM order_history h JOIN borrow_order o ON o.id = h.order_id
              WHERE h.created_at >= #{from} AND h.created_at < #{to}
                AND h.to_status IN (#{o.pickedUp}, #{o.delivered}, #{o.rejected}, #{o.expired}, #{o.cancelled})
              GROUP BY o.branch_id, h.to_status
            UNION ALL
            SELECT r.branch_id,
                   CASE WHEN st.status = #{s.failed} THEN 'deliveries_failed'
                        WHEN\s""" + OnTime.CONDITION + """
                        THEN 'deliveries_on_time'
                        ELSE 'deliveries_late' END,
                   COUNT(*)
              FROM delivery_stop st JOIN delivery_route r ON r.id = st.route_id JOIN delivery_slot ds ON ds.id = r.slot_id
              WHERE st.completed_at >= #{from} AND st.completed_at < #{to} AND st.status IN (#{s.delivered}, #{s.collected}, #{s.failed})
              GROUP BY r.branch_id, CASE WHEN st.status = #{s.failed} THEN 'deliveries_failed'
                        WHEN\s""" + OnTime.CONDITION + """
                        THEN 'deliveries_on_time'
                        ELSE 'deliveries_late' END
            UNION ALL
            SELECT branch_id, 'overdue_loans', COUNT(*) FROM loan
              WHERE borrowed_at < #{to} AND (returned_at IS NULL OR returned_at >= #{to}) AND due_date < #{day}
              GROUP BY branch_id""")
    List<BranchCount> counts(@Param("day") LocalDate day, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                             @Param("o") OrderOutcomes outcomes, @Param("s") StopOutcomes stops);

    default List<BranchCount> counts(LocalDate day, LocalDateTime from, LocalDateTime to) {
        return counts(day, from, to, OrderOutcomes.COUNTED, StopOutcomes.COUNTED);
    }

    /** The order outcomes the day's report counts (outcome_PICKED_UP, …), from the enum. */
    record OrderOutcomes(OrderStatus pickedUp, OrderStatus delivered, OrderStatus rejected, OrderStatus expired,
                         OrderStatus cancelled) {
        static final OrderOutcomes COUNTED = new OrderOutcomes(OrderStatus.PICKED_UP, OrderStatus.DELIVERED,
                OrderStatus.REJECTED, OrderStatus.EXPIRED, OrderStatus.CANCELLED);
    }

    /** The ends of a stop the report counts (on time, late or failed). */
    record StopOutcomes(DeliveryStop.Status delivered, DeliveryStop.Status collected, DeliveryStop.Status failed) {
        static final StopOutcomes COUNTED = new StopOutcomes(DeliveryStop.Status.DELIVERED, DeliveryStop.Status.COLLECTED,
                DeliveryStop.Status.FAILED);
    }

    record ActiveReaders(long branchId, int n) {
    }

    /** Readers who borrowed, returned or ordered at the branch that day. */
    @Select("""
            SELECT branch_id, COUNT(DISTINCT reader_id) AS n FROM (
              SELECT branch_id, reader_id FROM loan WHERE borrowed_at >= #{from} AND borrowed_at < #{to}
              UNION ALL SELECT branch_id, reader_id FROM loan WHERE returned_at >= #{from} AND returned_at < #{to}
              UNION ALL SELECT branch_id, reader_id FROM borrow_order WHERE submitted_at >= #{from} AND submitted_at < #{to}
            ) t GROUP BY branch_id""")
    List<ActiveReaders> activeReaders(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /**
     * The day's lock, taken first in a rollup's transaction: the row is created or touched, and so locked until the
     * commit. A second rollup of the same day waits here, then replaces what the first wrote (under READ COMMITTED its
     * reads see the first one's rows); without it both find the day empty and the second insert is a duplicate key.
     */
    @Insert("""
            INSERT INTO stats_rollup_day (stat_date, computed_at) VALUES (#{day}, #{now})
            ON DUPLICATE KEY UPDATE computed_at = #{now}""")
    int lockDay(@Param("day") LocalDate day, @Param("now") LocalDateTime now);

    @Delete("DELETE FROM stats_daily WHERE stat_date = #{day}")
    int clearDaily(@Param("day") LocalDate day);

    @Delete("DELETE FROM stats_daily_title WHERE stat_date = #{day}")
    int clearTitles(@Param("day") LocalDate day);

    @Delete("DELETE FROM stats_daily_card WHERE stat_date = #{day}")
    int clearCards(@Param("day") LocalDate day);

    /** Readers active that day (borrowed, returned or ordered) and their loans, per branch and card type. */
    @Insert("""
            INSERT INTO stats_daily_card (stat_date, branch_id, card_type, active_readers, loans)
            SELECT #{day}, t.branch_id, r.card_type, COUNT(DISTINCT t.reader_id), SUM(t.is_loan) FROM (
              SELECT branch_id, reader_id, 1 AS is_loan FROM loan WHERE borrowed_at >= #{from} AND borrowed_at < #{to}
              UNION ALL SELECT branch_id, reader_id, 0 FROM loan WHERE returned_at >= #{from} AND returned_at < #{to}
              UNION ALL SELECT branch_id, reader_id, 0 FROM borrow_order WHERE submitted_at >= #{from} AND submitted_at < #{to}
            ) t JOIN reader r ON r.id = t.reader_id
            GROUP BY t.branch_id, r.card_type""")
    int insertCards(@Param("day") LocalDate day, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    record CardRow(String cardType, long activeReaderDays, long loans) {
    }

    /** The rollups of [from, to] plus, when {@code liveFrom} is set, that day counted from the raw tables. */
    @Select("""
            <script>
            SELECT card_type, SUM(active_readers) AS active_reader_days, SUM(loans) AS loans FROM (
              SELECT branch_id, card_type, active_readers, loans FROM stats_daily_card WHERE stat_date BETWEEN #{from} AND #{to}
              <if test="liveFrom != null">
                AND stat_date &lt;&gt; DATE(#{liveFrom})
              UNION ALL
              SELECT t.branch_id, r.card_type, COUNT(DISTINCT t.reader_id), SUM(t.is_loan) FROM (
                SELECT branch_id, reader_id, 1 AS is_loan FROM loan WHERE borrowed_at &gt;= #{liveFrom} AND borrowed_at &lt; #{liveTo}
                UNION ALL SELECT branch_id, reader_id, 0 FROM loan WHERE returned_at &gt;= #{liveFrom} AND returned_at &lt; #{liveTo}
                UNION ALL SELECT branch_id, reader_id, 0 FROM borrow_order WHERE submitted_at &gt;= #{liveFrom} AND submitted_at &lt; #{liveTo}
              ) t JOIN reader r ON r.id = t.reader_id
              GROUP BY t.branch_id, r.card_type
              </if>
            ) x
            <where><if test="branchId != null">x.branch_id = #{branchId}</if></where>
            GROUP BY card_type ORDER BY card_type
            </script>""")
    List<CardRow> readerActivity(@Param("branchId") Long branchId, @Param("from") LocalDate from, @Param("to") LocalDate to,
                                 @Param("liveFrom") LocalDateTime liveFrom, @Param("liveTo") LocalDateTime liveTo);

    @Insert("""
            INSERT INTO stats_daily (stat_date, branch_id, loans, returns_count, renewals, new_readers, active_readers,
                                     orders_pickup, orders_delivery, orders_picked_up, orders_delivered, orders_rejected,
                                     orders_expired, orders_cancelled, deliveries_on_time, deliveries_late,
                                     deliveries_failed, overdue_loans, computed_at)
            VALUES (#{r.day}, #{r.branchId}, #{r.loans}, #{r.returns}, #{r.renewals}, #{r.newReaders}, #{r.activeReaders},
                    #{r.ordersPickup}, #{r.ordersDelivery}, #{r.ordersPickedUp}, #{r.ordersDelivered}, #{r.ordersRejected},
                    #{r.ordersExpired}, #{r.ordersCancelled}, #{r.deliveriesOnTime}, #{r.deliveriesLate},
                    #{r.deliveriesFailed}, #{r.overdueLoans}, #{now})""")
    int insertDaily(@Param("r") StatsRollupService.DailyRow row, @Param("now") LocalDateTime now);

    @Insert("""
            INSERT INTO stats_daily_title (stat_date, branch_id, book_id, category_id, loans)
            SELECT #{day}, l.branch_id, l.book_id, MAX(b.category_id), COUNT(*) FROM loan l JOIN book b ON b.id = l.book_id
            WHERE l.borrowed_at >= #{from} AND l.borrowed_at < #{to}
            GROUP BY l.branch_id, l.book_id""")
    int insertTitles(@Param("day") LocalDate day, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    // ------------------------------------------------------------------------------------------- reading the rollups

    record SeriesRow(LocalDate statDate, long loans, long returnsCount, long renewals, long newReaders, long activeReaders,
                     long ordersPickup, long ordersDelivery, long ordersPickedUp, long ordersDelivered, long ordersRejected,
                     long ordersExpired, long ordersCancelled, long deliveriesOnTime, long deliveriesLate,
                     long deliveriesFailed, long overdueLoans) {
    }

    @Select("""
            <script>
            SELECT stat_date, SUM(loans) AS loans, SUM(returns_count) AS returns_count, SUM(renewals) AS renewals,
                   SUM(new_readers) AS new_readers, SUM(active_readers) AS active_readers, SUM(orders_pickup) AS orders_pickup,
                   SUM(orders_delivery) AS orders_delivery, SUM(orders_picked_up) AS orders_picked_up,
                   SUM(orders_delivered) AS orders_delivered, SUM(orders_rejected) AS orders_rejected,
                   SUM(orders_expired) AS orders_expired, SUM(orders_cancelled) AS orders_cancelled,
                   SUM(deliveries_on_time) AS deliveries_on_time, SUM(deliveries_late) AS deliveries_late,
                   SUM(deliveries_failed) AS deliveries_failed, SUM(overdue_loans) AS overdue_loans
            FROM stats_daily WHERE stat_date BETWEEN #{from} AND #{to}
            <if test="branchId != null"> AND branch_id = #{branchId}</if>
            GROUP BY stat_date ORDER BY stat_date
            </script>""")
    List<SeriesRow> daily(@Param("branchId") Long branchId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** The rollups of [from, to] plus, when {@code liveFrom} is set, that day's loans counted from the raw table. */
    @Select("""
            <script>
            SELECT x.book_id AS id, b.title AS name, SUM(x.loans) AS loans FROM (
              SELECT book_id, branch_id, loans FROM stats_daily_title WHERE stat_date BETWEEN #{from} AND #{to}
              <if test="liveFrom != null">
                AND stat_date &lt;&gt; DATE(#{liveFrom})
              UNION ALL
              SELECT book_id, branch_id, 1 FROM loan WHERE borrowed_at &gt;= #{liveFrom} AND borrowed_at &lt; #{liveTo}
              </if>
            ) x JOIN book b ON b.id = x.book_id
            <where><if test="branchId != null">x.branch_id = #{branchId}</if></where>
            GROUP BY x.book_id, b.title ORDER BY loans DESC, x.book_id LIMIT #{limit}
            </script>""")
    List<TopRow> topTitles(@Param("branchId") Long branchId, @Param("from") LocalDate from, @Param("to") LocalDate to,
                           @Param("liveFrom") LocalDateTime liveFrom, @Param("liveTo") LocalDateTime liveTo,
                           @Param("limit") int limit);

    @Select("""
            <script>
            SELECT x.category_id AS id, c.name AS name, SUM(x.loans) AS loans FROM (
              SELECT category_id, branch_id, loans FROM stats_daily_title WHERE stat_date BETWEEN #{from} AND #{to}
              <if test="liveFrom != null">
                AND stat_date &lt;&gt; DATE(#{liveFrom})
              UNION ALL
              SELECT b.category_id, l.branch_id, 1 FROM loan l JOIN book b ON b.id = l.book_id
              WHERE l.borrowed_at &gt;= #{liveFrom} AND l.borrowed_at &lt; #{liveTo}
              </if>
            ) x JOIN category c ON c.id = x.category_id
            <where><if test="branchId != null">x.branch_id = #{branchId}</if></where>
            GROUP BY x.category_id, c.name ORDER BY loans DESC, x.category_id LIMIT #{limit}
            </script>""")
    List<TopRow> topCategories(@Param("branchId") Long branchId, @Param("from") LocalDate from, @Param("to") LocalDate to,
                               @Param("liveFrom") LocalDateTime liveFrom, @Param("liveTo") LocalDateTime liveTo,
                               @Param("limit") int limit);
}
