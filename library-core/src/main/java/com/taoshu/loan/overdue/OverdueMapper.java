package com.taoshu.loan.overdue;

import com.taoshu.loan.LoanStatus;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.CardType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Overdue loans for the desk, and the readers the suspension job should look at. */
@Mapper
public interface OverdueMapper {

    /** One overdue loan (columns in constructor order); its reminders are notify's ({@link OverdueReminders}). */
    record OverdueRow(long loanId, long readerId, String readerName, String phoneMasked, CardType cardType,
                      CardStatus cardStatus, long bookId, String title, String barcode, long branchId, String branchName,
                      LocalDateTime borrowedAt, LocalDate dueDate, int daysOverdue) {
    }

    /** Leading space: a text block drops the trailing one of the text it is appended to. */
    String FILTER = " " + """
            FROM loan l JOIN reader r ON r.id = l.reader_id
            WHERE l.status = #{active} AND l.due_date &lt; #{q.today}
            <if test="q.branchId != null"> AND l.branch_id = #{q.branchId}</if>
            <if test="q.minDays != null"> AND l.due_date &lt;= #{q.dueOnOrBefore}</if>
            <if test="q.cardType != null"> AND r.card_type = #{q.cardType}</if>
            """;

    @Select("""
            <script>
            SELECT l.id AS loan_id, l.reader_id, r.name AS reader_name, r.phone_masked, r.card_type, r.card_status,
                   l.book_id, b.title, c.barcode, l.branch_id, br.name AS branch_name, l.borrowed_at, l.due_date,
                   DATEDIFF(#{q.today}, l.due_date) AS days_overdue
            FROM (SELECT l.id """ + FILTER + """
                  ORDER BY ${q.sort.orderBy} LIMIT #{limit} OFFSET #{offset}) page
            JOIN loan l ON l.id = page.id JOIN reader r ON r.id = l.reader_id JOIN book b ON b.id = l.book_id
            JOIN book_copy c ON c.id = l.copy_id JOIN branch br ON br.id = l.branch_id
            ORDER BY ${q.sort.orderBy}
            </script>""")
    List<OverdueRow> page(@Param("q") OverdueQuery q, @Param("limit") long limit, @Param("offset") long offset,
                          @Param("active") LoanStatus active);

    default List<OverdueRow> page(OverdueQuery q, long limit, long offset) {
        return page(q, limit, offset, LoanStatus.ACTIVE);
    }

    @Select("<script>SELECT COUNT(*) " + FILTER + "</script>")
    long count(@Param("q") OverdueQuery q, @Param("active") LoanStatus active);

    default long count(OverdueQuery q) {
        return count(q, LoanStatus.ACTIVE);
    }

    /** Readers with an ACTIVE card and a loan overdue by more than their card type's suspend_after_overdue_days. */
    @Select("""
            SELECT DISTINCT l.reader_id
            FROM loan l JOIN reader r ON r.id = l.reader_id JOIN borrow_rule br ON br.card_type = r.card_type
            WHERE l.status = #{active} AND l.due_date < DATE_SUB(#{today}, INTERVAL br.suspend_after_overdue_days DAY)
              AND r.card_status = #{cardActive} AND MOD(l.reader_id, #{shardTotal}) = #{shardIndex}
            ORDER BY l.reader_id""")
    List<Long> toSuspend(@Param("today") LocalDate today, @Param("shardIndex") int shardIndex,
                         @Param("shardTotal") int shardTotal, @Param("active") LoanStatus active,
                         @Param("cardActive") CardStatus cardActive);

    default List<Long> toSuspend(LocalDate today, int shardIndex, int shardTotal) {
        return toSuspend(today, shardIndex, shardTotal, LoanStatus.ACTIVE, CardStatus.ACTIVE);
    }

    /** Readers with a SUSPENDED card and no loan overdue beyond their card type's limit (the job decides who lifts). */
    @Select("""
            SELECT r.id FROM reader r JOIN borrow_rule br ON br.card_type = r.card_type
            WHERE r.card_status = #{suspended} AND MOD(r.id, #{shardTotal}) = #{shardIndex}
              AND NOT EXISTS (SELECT 1 FROM loan l WHERE l.reader_id = r.id AND l.status = #{active}
                              AND l.due_date < DATE_SUB(#{today}, INTERVAL br.suspend_after_overdue_days DAY))
            ORDER BY r.id""")
    List<Long> suspendedWithoutLongOverdue(@Param("today") LocalDate today, @Param("shardIndex") int shardIndex,
                                           @Param("shardTotal") int shardTotal, @Param("suspended") CardStatus suspended,
                                           @Param("active") LoanStatus active);

    default List<Long> suspendedWithoutLongOverdue(LocalDate today, int shardIndex, int shardTotal) {
        return suspendedWithoutLongOverdue(today, shardIndex, shardTotal, CardStatus.SUSPENDED, LoanStatus.ACTIVE);
    }

    /** The reader's oldest overdue days among ACTIVE loans (0 when none is overdue). */
    @Select("""
            SELECT COALESCE(MAX(DATEDIFF(#{today}, due_date)), 0) FROM loan
            WHERE reader_id = #{readerId} AND status = #{active} AND due_date < #{today}""")
    int maxOverdueDays(@Param("readerId") long readerId, @Param("today") LocalDate today,
                       @Param("active") LoanStatus active);

    default int maxOverdueDays(long readerId, LocalDate today) {
        return maxOverdueDays(readerId, today, LoanStatus.ACTIVE);
    }
}
