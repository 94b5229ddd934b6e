package com.taoshu.catalog;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Conditional updates on book_copy for orders and loans: each moves a copy only from the state it must be in. */
@Mapper
public interface CopyHoldMapper {

    /**
     * Claims (row-locks) one AVAILABLE copy no other transaction has claimed; concurrent orders for the same title
     * each get a different copy instead of queueing behind the first row. Null when none is left. The index is
     * forced: on small tables the optimiser may pick (branch_id, status) and sort, locking rows of other titles in
     * another order than the UPDATE that follows — a deadlock under a rush.
     */
    @Select("""
            SELECT id FROM book_copy FORCE INDEX (idx_copy_book_branch_status)
            WHERE book_id = #{bookId} AND branch_id = #{branchId} AND status = 'AVAILABLE'
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
    Long claimAvailable(@Param("bookId") long bookId, @Param("branchId") long branchId);

    @Update("""
            UPDATE book_copy SET status = 'HELD', held_by_order_id = #{orderId}, version = version + 1, updated_at = #{now}
            WHERE id = #{copyId} AND status = 'AVAILABLE'""")
    int hold(@Param("copyId") long copyId, @Param("orderId") long orderId, @Param("now") LocalDateTime now);

    @Update("""
            UPDATE book_copy SET status = 'AVAILABLE', held_by_order_id = NULL, version = version + 1, updated_at = #{now}
            WHERE id = #{copyId} AND status = 'HELD' AND held_by_order_id = #{orderId}""")
    int release(@Param("copyId") long copyId, @Param("orderId") long orderId, @Param("now") LocalDateTime now);

    @Update("""
            UPDATE book_copy SET status = 'ON_LOAN', held_by_order_id = NULL, version = version + 1, updated_at = #{now}
            WHERE id = #{copyId} AND status = 'HELD' AND held_by_order_id = #{orderId}""")
    int lend(@Param("copyId") long copyId, @Param("orderId") long orderId, @Param("now") LocalDateTime now);

    @Update("""
            UPDATE book_copy SET status = 'AVAILABLE', version = version + 1, updated_at = #{now}
            WHERE id = #{copyId} AND status = 'ON_LOAN'""")
    int giveBack(@Param("copyId") long copyId, @Param("now") LocalDateTime now);

    @Select("SELECT COUNT(*) FROM book_copy WHERE book_id = #{bookId} AND branch_id = #{branchId} AND status = 'AVAILABLE'")
    int available(@Param("bookId") long bookId, @Param("branchId") long branchId);

    /** Copies the branch holds in circulation (on the shelf, held, lent or on their way), whatever their state. */
    @Select("""
            SELECT COUNT(*) FROM book_copy WHERE book_id = #{bookId} AND branch_id = #{branchId}
              AND status IN ('AVAILABLE','HELD','ON_LOAN','IN_TRANSIT')""")
    int inCirculation(@Param("bookId") long bookId, @Param("branchId") long branchId);
}
