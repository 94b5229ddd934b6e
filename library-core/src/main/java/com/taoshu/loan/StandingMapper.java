package com.taoshu.loan;

import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import java.time.LocalDate;
import java.util.Collection;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface StandingMapper {

    /** Active loans, overdue loans and books held in open orders ({@link OrderStatus#OPEN}), in one round trip. */
    default ReaderStanding.Standing standing(long readerId, LocalDate today) {
        return standing(readerId, today, LoanStatus.ACTIVE, LineStatus.HELD, OrderStatus.OPEN);
    }

    @Select("""
            <script>
            SELECT (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND status = #{active}) AS active_loans,
                   (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND status = #{active} AND due_date &lt; #{today}) AS overdue_loans,
                   (SELECT COUNT(*) FROM borrow_order_line l JOIN borrow_order o ON o.id = l.order_id
                     WHERE o.reader_id = #{readerId} AND l.status = #{held}
                       AND o.status IN <foreach collection="open" item="s" open="(" separator="," close=")">#{s}</foreach>
                   ) AS open_order_books
            </script>""")
    ReaderStanding.Standing standing(@Param("readerId") long readerId, @Param("today") LocalDate today,
                                     @Param("active") LoanStatus active, @Param("held") LineStatus held,
                                     @Param("open") Collection<OrderStatus> open);

    /** Row-locks the reader until the transaction ends: one reader's desk checkouts and submits pass the limit one by one. */
    @Select("SELECT id FROM reader WHERE id = #{readerId} FOR UPDATE")
    Long lockReader(@Param("readerId") long readerId);
}
