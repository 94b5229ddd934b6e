package com.taoshu.suggestion.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.suggestion.Suggestion;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
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

    String IN_OPEN = """
            <foreach collection="open" item="s" open="(" separator="," close=")">#{s}</foreach>""";

    /** Open ones: {@link Suggestion.Status#OPEN}. */
    default List<PurchaseGroup> openPurchaseGroups(int limit, long offset) {
        return openPurchaseGroups(limit, offset, Suggestion.Type.PURCHASE, Suggestion.Status.OPEN);
    }

    @Select("""
            <script>
            SELECT isbn, MIN(title) AS title, MIN(author) AS author, COUNT(*) AS requests,
                   MIN(created_at) AS first_requested_at, MAX(created_at) AS last_requested_at
            FROM reader_suggestion
            WHERE type = #{purchase} AND isbn IS NOT NULL AND status IN""" + IN_OPEN + """
            GROUP BY isbn
            ORDER BY requests DESC, first_requested_at ASC, isbn ASC
            LIMIT #{limit} OFFSET #{offset}
            </script>""")
    List<PurchaseGroup> openPurchaseGroups(@Param("limit") int limit, @Param("offset") long offset,
                                           @Param("purchase") Suggestion.Type purchase,
                                           @Param("open") Collection<Suggestion.Status> open);

    default long countOpenPurchaseGroups() {
        return countOpenPurchaseGroups(Suggestion.Type.PURCHASE, Suggestion.Status.OPEN);
    }

    @Select("""
            <script>
            SELECT COUNT(DISTINCT isbn) FROM reader_suggestion
            WHERE type = #{purchase} AND isbn IS NOT NULL AND status IN""" + IN_OPEN + """
            </script>""")
    long countOpenPurchaseGroups(@Param("purchase") Suggestion.Type purchase,
                                 @Param("open") Collection<Suggestion.Status> open);

    @Select("SELECT id FROM book WHERE isbn = #{isbn}")
    Long bookIdByIsbn(@Param("isbn") String isbn);

    @Select("SELECT isbn FROM book WHERE id = #{bookId}")
    String isbnOfBook(@Param("bookId") long bookId);

    @Select("SELECT title FROM book WHERE id = #{bookId}")
    String titleOfBook(@Param("bookId") long bookId);

    /** Branches holding copies of the title (not withdrawn, lost or damaged), most copies first. */
    default List<Long> branchesHolding(long bookId) {
        return branchesHolding(bookId, EnumSet.of(CopyStatus.WITHDRAWN, CopyStatus.LOST, CopyStatus.DAMAGED));
    }

    @Select("""
            <script>
            SELECT branch_id FROM book_copy WHERE book_id = #{bookId}
              AND status NOT IN <foreach collection="gone" item="s" open="(" separator="," close=")">#{s}</foreach>
            GROUP BY branch_id ORDER BY COUNT(*) DESC, branch_id ASC
            </script>""")
    List<Long> branchesHolding(@Param("bookId") long bookId, @Param("gone") Collection<CopyStatus> gone);

    default List<String> purchasedIsbns() {
        return purchasedIsbns(Suggestion.Type.PURCHASE, Suggestion.Status.PURCHASED);
    }

    @Select("""
            SELECT DISTINCT isbn FROM reader_suggestion
            WHERE type = #{purchase} AND status = #{purchased} AND isbn IS NOT NULL""")
    List<String> purchasedIsbns(@Param("purchase") Suggestion.Type purchase,
                                @Param("purchased") Suggestion.Status purchased);
}
