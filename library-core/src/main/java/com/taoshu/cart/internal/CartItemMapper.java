package com.taoshu.cart.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.cart.CartItem;
import com.taoshu.cart.CartLine;
import com.taoshu.catalog.CopyStatus;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface CartItemMapper extends BaseMapper<CartItem> {

    default List<CartLine> lines(long readerId) {
        return lines(readerId, CopyStatus.AVAILABLE);
    }

    @Select("""
            SELECT c.id, c.book_id, b.title, b.author, b.isbn, b.cover_url, c.branch_id, br.name AS branch_name,
                   (SELECT COUNT(*) FROM book_copy bc WHERE bc.book_id = c.book_id AND bc.branch_id = c.branch_id
                      AND bc.status = #{available}) AS available_copies,
                   c.created_at
            FROM cart_item c JOIN book b ON b.id = c.book_id JOIN branch br ON br.id = c.branch_id
            WHERE c.reader_id = #{readerId}
            ORDER BY c.id""")
    List<CartLine> lines(@Param("readerId") long readerId, @Param("available") CopyStatus available);

    @Select("SELECT COUNT(*) FROM book WHERE id = #{bookId}")
    int bookExists(@Param("bookId") long bookId);

    /** Copies the branch holds (not lost, withdrawn or damaged). */
    default int copiesAtBranch(long bookId, long branchId) {
        return copiesAtBranch(bookId, branchId, CopyStatus.LOST, CopyStatus.WITHDRAWN, CopyStatus.DAMAGED);
    }

    @Select("""
            SELECT COUNT(*) FROM book_copy WHERE book_id = #{bookId} AND branch_id = #{branchId}
              AND status NOT IN (#{lost}, #{withdrawn}, #{damaged})""")
    int copiesAtBranch(@Param("bookId") long bookId, @Param("branchId") long branchId, @Param("lost") CopyStatus lost,
                       @Param("withdrawn") CopyStatus withdrawn, @Param("damaged") CopyStatus damaged);

    /** One reader's one item, on static SQL: the commonest submit (one title) empties its cart line with it. */
    @Delete("DELETE FROM cart_item WHERE reader_id = #{readerId} AND id = #{itemId}")
    int deleteOne(@Param("readerId") long readerId, @Param("itemId") long itemId);
}
