package com.taoshu.order;

import com.taoshu.reader.CardStatus;
import com.taoshu.reader.CardType;
import com.taoshu.reader.DeliveryEligibility;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Everything a submit decides on, in one round trip: the chosen cart items (the reader's own only), the reader's card,
 * the card's rule and the reader's standing. The count of copies on the shelf ({@link ShelfCheck}) only turns away
 * sold-out titles early; whether a copy is left is answered by claiming one, not by counting.
 */
@Mapper
public interface SubmitContextMapper {

    record Row(long cartItemId, long bookId, long branchId, String title,
               long readerId, CardType cardType, CardStatus cardStatus, Long homeBranchId,
               DeliveryEligibility deliveryEligibility, int loanLimit, int loanDays, int maxRenewals, int renewDays,
               int pickupDays, int renewOverdueGraceDays, boolean autoApprove,
               int activeLoans, int overdueLoans, int openOrderBooks) {
    }

    /** The columns and joins of {@link #rows}; the chosen items' condition is appended. */
    String ROWS = """
            SELECT c.id AS cart_item_id, c.book_id, c.branch_id, b.title,
                   r.id AS reader_id, r.card_type, r.card_status, r.home_branch_id, r.delivery_eligibility,
                   ru.loan_limit, ru.loan_days, ru.max_renewals, ru.renew_days, ru.pickup_days, ru.renew_overdue_grace_days,
                   ru.auto_approve,
                   (SELECT COUNT(*) FROM loan WHERE reader_id = r.id AND status = 'ACTIVE') AS active_loans,
                   (SELECT COUNT(*) FROM loan WHERE reader_id = r.id AND status = 'ACTIVE' AND due_date &lt; #{today}) AS overdue_loans,
                   (SELECT COUNT(*) FROM borrow_order_line l JOIN borrow_order o ON o.id = l.order_id
                     WHERE o.reader_id = r.id AND l.status = 'HELD'
                       AND o.status IN ('SUBMITTED','APPROVED','READY_FOR_PICKUP','AWAITING_DISPATCH','DISPATCHED',
                                        'OUT_FOR_DELIVERY','DELIVERY_FAILED')) AS open_order_books
            FROM cart_item c
            JOIN reader r ON r.id = c.reader_id
            JOIN borrow_rule ru ON ru.card_type = r.card_type
            JOIN book b ON b.id = c.book_id
            WHERE c.reader_id = #{readerId}
            """;

    @Select("<script>" + ROWS + """
              AND c.id IN <foreach collection="itemIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY c.book_id
            </script>""")
    List<Row> rows(@Param("readerId") long readerId, @Param("itemIds") Collection<Long> itemIds, @Param("today") LocalDate today);

    /** {@link #rows} for the commonest submit, one title: static SQL, no dynamic-SQL evaluation per call. */
    @Select("<script>" + ROWS + "  AND c.id = #{itemId}</script>")
    List<Row> rowsOf(@Param("readerId") long readerId, @Param("itemId") long itemId, @Param("today") LocalDate today);

    /** Serialises one reader's submits, so two at once cannot both pass the loan limit. */
    @Select("SELECT id FROM reader WHERE id = #{readerId} FOR UPDATE")
    Long lockReader(@Param("readerId") long readerId);
}
