package com.taoshu.loan.loss;

import com.taoshu.catalog.CopyStatus;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The copy side of a loss, and the title's price for the default compensation. */
@Mapper
interface LossMapper {

    /** Out of circulation: ON_LOAN (or on its way back) → LOST | DAMAGED; 0 when the copy is elsewhere. */
    default int takeOutOfCirculation(long copyId, String to, LocalDateTime now) {
        return takeOutOfCirculation(copyId, to, now, CopyStatus.ON_LOAN, CopyStatus.IN_TRANSIT);
    }

    @Update("""
            UPDATE book_copy SET status = #{to}, version = version + 1, updated_at = #{now}
            WHERE id = #{copyId} AND status IN (#{onLoan}, #{inTransit})""")
    int takeOutOfCirculation(@Param("copyId") long copyId, @Param("to") String to, @Param("now") LocalDateTime now,
                             @Param("onLoan") CopyStatus onLoan, @Param("inTransit") CopyStatus inTransit);

    @Select("SELECT price_fen FROM book WHERE id = #{bookId}")
    Integer priceFen(@Param("bookId") long bookId);
}
