package com.taoshu.loan.internal;

import com.taoshu.loan.LoanStatus;
import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface StandingMapper {

    /** Active and overdue loans in one round trip. */
    record LoanCounts(int activeLoans, int overdueLoans) {
    }

    default LoanCounts loans(long readerId, LocalDate today) {
        return loans(readerId, today, LoanStatus.ACTIVE);
    }

    @Select("""
            SELECT (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND status = #{active}) AS active_loans,
                   (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND status = #{active} AND due_date < #{today}) AS overdue_loans""")
    LoanCounts loans(@Param("readerId") long readerId, @Param("today") LocalDate today, @Param("active") LoanStatus active);

    /** Row-locks the reader until the transaction ends: one reader's desk checkouts and submits pass the limit one by one. */
    @Select("SELECT id FROM reader WHERE id = #{readerId} FOR UPDATE")
    Long lockReader(@Param("readerId") long readerId);
}
