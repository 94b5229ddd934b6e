package com.taoshu.loan;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface StandingMapper {

    /** Active loans, overdue loans and books held in open orders, in one round trip. */
    @Select("""
            SELECT (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND status = 'ACTIVE') AS active_loans,
                   (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND status = 'ACTIVE' AND due_date < #{today}) AS overdue_loans,
                   (SELECT COUNT(*) FROM borrow_order_line l JOIN borrow_order o ON o.id = l.order_id
                     WHERE o.reader_id = #{readerId} AND l.status = 'HELD'
                       AND o.status IN ('SUBMITTED','APPROVED','READY_FOR_PICKUP','AWAITING_DISPATCH','DISPATCHED',
                                        'OUT_FOR_DELIVERY','DELIVERY_FAILED')) AS open_order_books""")
    ReaderStanding.Standing standing(@Param("readerId") long readerId, @Param("today") LocalDate today);

    /** Row-locks the reader until the transaction ends: one reader's desk checkouts and submits pass the limit one by one. */
    @Select("SELECT id FROM reader WHERE id = #{readerId} FOR UPDATE")
    Long lockReader(@Param("readerId") long readerId);
}
