package com.taoshu.home;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface HomeMapper {

    /** Newest titles the branch holds (all branches when null). */
    @Select("""
            <script>
            SELECT b.id FROM book b
            <if test="branchId != null">
              WHERE EXISTS (SELECT 1 FROM book_copy c WHERE c.book_id = b.id AND c.branch_id = #{branchId}
                            AND c.status IN ('AVAILABLE','HELD','ON_LOAN'))
            </if>
            ORDER BY b.created_at DESC, b.id DESC LIMIT #{limit}
            </script>""")
    List<Long> newArrivals(@Param("branchId") Long branchId, @Param("limit") int limit);

    /** Most borrowed titles at the branch since a time. */
    @Select("""
            <script>
            SELECT l.book_id FROM loan l WHERE l.borrowed_at &gt;= #{since}
            <if test="branchId != null"> AND l.branch_id = #{branchId}</if>
            GROUP BY l.book_id ORDER BY COUNT(*) DESC, l.book_id LIMIT #{limit}
            </script>""")
    List<Long> hot(@Param("branchId") Long branchId, @Param("since") LocalDateTime since, @Param("limit") int limit);

    /**
     * 猜你喜欢 until the recommendations of the statistics issue land: the titles most borrowed lately in the categories
     * the reader has borrowed from, that the reader has never borrowed.
     */
    @Select("""
            SELECT l.book_id FROM loan l JOIN book b ON b.id = l.book_id
            WHERE l.borrowed_at >= #{since}
              AND b.category_id IN (SELECT DISTINCT b2.category_id FROM loan l2 JOIN book b2 ON b2.id = l2.book_id
                                    WHERE l2.reader_id = #{readerId} AND b2.category_id IS NOT NULL)
              AND l.book_id NOT IN (SELECT l3.book_id FROM loan l3 WHERE l3.reader_id = #{readerId})
            GROUP BY l.book_id ORDER BY COUNT(*) DESC, l.book_id LIMIT #{limit}""")
    List<Long> popularInMyCategories(@Param("readerId") long readerId, @Param("since") LocalDateTime since,
                                     @Param("limit") int limit);

    @Select("SELECT book_id FROM loan WHERE reader_id = #{readerId}")
    List<Long> borrowedBy(@Param("readerId") long readerId);
}
