package com.taoshu.home.internal;

import com.taoshu.catalog.CopyStatus;
import java.time.LocalDateTime;
import java.util.Collection;
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
                            AND c.status IN <foreach collection="held" item="s" open="(" separator="," close=")">#{s}</foreach>)
            </if>
            ORDER BY b.created_at DESC, b.id DESC LIMIT #{limit}
            </script>""")
    List<Long> newArrivals(@Param("branchId") Long branchId, @Param("limit") int limit,
                           @Param("held") Collection<CopyStatus> held);

    /** Held by the branch: {@link CopyStatus#ON_HAND}. */
    default List<Long> newArrivals(Long branchId, int limit) {
        return newArrivals(branchId, limit, CopyStatus.ON_HAND);
    }

    /** Most borrowed titles at the branch since a time. */
    @Select("""
            <script>
            SELECT l.book_id FROM loan l WHERE l.borrowed_at &gt;= #{since}
            <if test="branchId != null"> AND l.branch_id = #{branchId}</if>
            GROUP BY l.book_id ORDER BY COUNT(*) DESC, l.book_id LIMIT #{limit}
            </script>""")
    List<Long> hot(@Param("branchId") Long branchId, @Param("since") LocalDateTime since, @Param("limit") int limit);
}
