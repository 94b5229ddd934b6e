package com.taoshu.review.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.review.BookReview;
import java.math.BigDecimal;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface BookReviewMapper extends BaseMapper<BookReview> {

    /** Average rating of the title's visible reviews (hidden ones do not count); null while there are none. */
    default BigDecimal averageRating(long bookId) {
        return averageRating(bookId, BookReview.Status.VISIBLE);
    }

    @Select("SELECT AVG(rating) FROM book_review WHERE book_id = #{bookId} AND status = #{visible}")
    BigDecimal averageRating(@Param("bookId") long bookId, @Param("visible") BookReview.Status visible);

    /** Whether the reader has ever borrowed the title (a loan row in any status). */
    @Select("SELECT COUNT(*) > 0 FROM loan WHERE reader_id = #{readerId} AND book_id = #{bookId}")
    boolean hasBorrowed(@Param("readerId") long readerId, @Param("bookId") long bookId);

    @Select("SELECT title FROM book WHERE id = #{bookId}")
    String bookTitle(@Param("bookId") long bookId);
}
