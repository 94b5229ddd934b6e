package com.taoshu.order.internal;

import com.taoshu.order.LineStatus;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Read-side joins for order lists and details (one query per page, not one per order). */
@Mapper
public interface OrderViewMapper {

    record LineRow(long id, long orderId, long bookId, String title, String author, String isbn, String coverUrl,
                   long copyId, String barcode, LineStatus status, String rejectReason) {
    }

    @Select("""
            <script>
            SELECT l.id, l.order_id, l.book_id, b.title, b.author, b.isbn, b.cover_url, l.copy_id, c.barcode, l.status, l.reject_reason
            FROM borrow_order_line l JOIN book b ON b.id = l.book_id JOIN book_copy c ON c.id = l.copy_id
            WHERE l.order_id IN <foreach collection="orderIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY l.order_id, l.id
            </script>""")
    List<LineRow> lines(@Param("orderIds") Collection<Long> orderIds);

    /** Readers a desk search names: part of the name, or the last digits of the phone (what a reader says at the desk). */
    @Select("""
            SELECT id FROM reader WHERE name LIKE CONCAT('%', #{q}, '%') OR phone_masked LIKE CONCAT('%', #{q})
            ORDER BY id LIMIT 200""")
    List<Long> readersMatching(@Param("q") String q);

    @Select("SELECT name FROM branch WHERE id = #{branchId}")
    String branchName(@Param("branchId") long branchId);
}
