package com.taoshu.loan.internal;

import com.taoshu.loan.LoanStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface LoanViewMapper {

    record LoanRow(long id, long readerId, long bookId, String title, String author, String isbn, String coverUrl,
                   long copyId, String barcode, long branchId, String branchName, LoanStatus status,
                   LocalDateTime borrowedAt, LocalDate dueDate, int renewCount, LocalDateTime returnedAt, Long returnPickupId) {
    }

    @Select("""
            <script>
            SELECT l.id, l.reader_id, l.book_id, b.title, b.author, b.isbn, b.cover_url, l.copy_id, c.barcode, l.branch_id,
                   br.name AS branch_name, l.status, l.borrowed_at, l.due_date, l.renew_count, l.returned_at,
                   l.return_pickup_id
            FROM loan l JOIN book b ON b.id = l.book_id JOIN book_copy c ON c.id = l.copy_id JOIN branch br ON br.id = l.branch_id
            WHERE l.reader_id = #{readerId}
            <if test="status != null"> AND l.status = #{status}</if>
            <if test="branchId != null"> AND l.branch_id = #{branchId}</if>
            ORDER BY l.status, l.due_date, l.id DESC
            LIMIT #{limit} OFFSET #{offset}
            </script>""")
    List<LoanRow> byReader(@Param("readerId") long readerId, @Param("status") LoanStatus status, @Param("branchId") Long branchId,
                           @Param("limit") long limit, @Param("offset") long offset);

    @Select("""
            SELECT l.id, l.reader_id, l.book_id, b.title, b.author, b.isbn, b.cover_url, l.copy_id, c.barcode, l.branch_id,
                   br.name AS branch_name, l.status, l.borrowed_at, l.due_date, l.renew_count, l.returned_at,
                   l.return_pickup_id
            FROM loan l JOIN book b ON b.id = l.book_id JOIN book_copy c ON c.id = l.copy_id JOIN branch br ON br.id = l.branch_id
            WHERE l.id = #{loanId}""")
    LoanRow byId(@Param("loanId") long loanId);

    @Select("""
            <script>
            SELECT COUNT(*) FROM loan l WHERE l.reader_id = #{readerId}
            <if test="status != null"> AND l.status = #{status}</if>
            <if test="branchId != null"> AND l.branch_id = #{branchId}</if>
            </script>""")
    long countByReader(@Param("readerId") long readerId, @Param("status") LoanStatus status, @Param("branchId") Long branchId);
}
