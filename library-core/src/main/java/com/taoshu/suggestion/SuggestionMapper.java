package com.taoshu.suggestion;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface SuggestionMapper extends BaseMapper<Suggestion> {

    /** Open purchase requests of one ISBN, as one row of the librarians' queue. */
    record PurchaseGroup(String isbn, String title, String author, long requests, LocalDateTime firstRequestedAt,
                         LocalDateTime lastRequestedAt) {
    }

    @Select("""
            SELECT isbn, MIN(title) AS title, MIN(author) AS author, COUNT(*) AS requests,
                   MIN(created_at) AS first_requested_at, MAX(created_at) AS last_requested_at
            FROM reader_suggestion
            WHERE type = 'PURCHASE' AND isbn IS NOT NULL AND status IN ('SUBMITTED', 'ACCEPTED')
            GROUP BY isbn
            ORDER BY requests DESC, first_requested_at ASC, isbn ASC
            LIMIT #{limit} OFFSET #{offset}""")
    List<PurchaseGroup> openPurchaseGroups(@Param("limit") int limit, @Param("offset") long offset);

    @Select("""
            SELECT COUNT(DISTINCT isbn) FROM reader_suggestion
            WHERE type = 'PURCHASE' AND isbn IS NOT NULL AND status IN ('SUBMITTED', 'ACCEPTED')""")
    long countOpenPurchaseGroups();

    @Select("SELECT id FROM book WHERE isbn = #{isbn}")
    Long bookIdByIsbn(@Param("isbn") String isbn);

    @Select("SELECT isbn FROM book WHERE id = #{bookId}")
    String isbnOfBook(@Param("bookId") long bookId);

    @Select("SELECT title FROM book WHERE id = #{bookId}")
    String titleOfBook(@Param("bookId") long bookId);

    /** Branches holding copies of the title (not withdrawn, lost or damaged), most copies first. */
    @Select("""
            SELECT branch_id FROM book_copy WHERE book_id = #{bookId} AND status NOT IN ('WITHDRAWN', 'LOST', 'DAMAGED')
            GROUP BY branch_id ORDER BY COUNT(*) DESC, branch_id ASC""")
    List<Long> branchesHolding(@Param("bookId") long bookId);

    @Select("SELECT DISTINCT isbn FROM reader_suggestion WHERE type = 'PURCHASE' AND status = 'PURCHASED' AND isbn IS NOT NULL")
    List<String> purchasedIsbns();
}
