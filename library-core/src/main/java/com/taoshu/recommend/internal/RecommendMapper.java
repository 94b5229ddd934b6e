package com.taoshu.recommend.internal;

import com.taoshu.catalog.CopyStatus;
import com.taoshu.recommend.internal.ItemSimilarity;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultType;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.session.ResultHandler;

@Mapper
public interface RecommendMapper {

    /** (reader, title) of every loan since a time, grouped by reader, each reader's most recent first. */
    record LoanPair(long readerId, long bookId) {
    }

    /** One neighbour of a title in the current generation. */
    record Similar(long bookId, long similarBookId, double score) {
    }

    /** A title's loans lately in the categories the reader has borrowed from. */
    record Popular(long bookId, long loans) {
    }

    /** Row of {@code recommend_generation} being written (MyBatis sets {@code id}). */
    final class NewGeneration {
        public Long id;
        public final LocalDateTime startedAt;
        public final GenerationStatus status = GenerationStatus.BUILDING;

        public NewGeneration(LocalDateTime startedAt) {
            this.startedAt = startedAt;
        }
    }

    record Row(long bookId, int rank, long similarBookId, double score, int coReaders) {
    }

    /**
     * A generation of neighbours: BUILDING while the nightly job writes it, CURRENT once published (readers read the
     * newest CURRENT one), RETIRED when a newer one is published (a build that never finished is retired too).
     */
    enum GenerationStatus implements LifecycleStatus<GenerationStatus> {
        BUILDING("生成中"),
        CURRENT("使用中"),
        RETIRED("已停用");

        private static final Lifecycle<GenerationStatus> MOVES = Lifecycle.startingAt(BUILDING)
                .move(BUILDING, CURRENT, RETIRED)
                .move(CURRENT, RETIRED)
                .build();

        private final String label;

        GenerationStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Lifecycle<GenerationStatus> lifecycle() {
            return MOVES;
        }
    }

    // ---- the nightly rebuild

    @Select("SELECT reader_id, book_id FROM loan WHERE borrowed_at >= #{since} ORDER BY reader_id, borrowed_at DESC, id DESC")
    @ResultType(LoanPair.class)
    @Options(fetchSize = 10_000)
    void loanPairs(@Param("since") LocalDateTime since, ResultHandler<LoanPair> handler);

    @Insert("INSERT INTO recommend_generation (status, started_at) VALUES (#{status}, #{startedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insertGeneration(NewGeneration generation);

    @Insert("""
            <script>
            INSERT INTO item_similarity (generation, book_id, sim_rank, similar_book_id, score, co_readers) VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{generation}, #{r.bookId}, #{r.rank}, #{r.similarBookId}, #{r.score}, #{r.coReaders})
            </foreach>
            </script>""")
    void insertNeighbours(@Param("generation") long generation, @Param("rows") List<Row> rows);

    /** The switch: one statement makes this generation the newest CURRENT one, which is what readers read. */
    @Update("""
            UPDATE recommend_generation SET status = #{current}, readers = #{s.readers}, titles = #{s.titles},
                   loan_pairs = #{s.pairs}, neighbours = #{s.neighbours}, compute_ms = #{computeMs}, finished_at = #{at}
            WHERE id = #{id}""")
    void publish(@Param("id") long id, @Param("s") ItemSimilarity.Summary summary, @Param("computeMs") long computeMs,
                 @Param("at") LocalDateTime at, @Param("current") GenerationStatus current);

    default void publish(long id, ItemSimilarity.Summary summary, long computeMs, LocalDateTime at) {
        publish(id, summary, computeMs, at, GenerationStatus.CURRENT);
    }

    @Update("UPDATE recommend_generation SET status = #{retired} WHERE id < #{current} AND status <> #{retired}")
    int retireOlder(@Param("current") long current, @Param("retired") GenerationStatus retired);

    default int retireOlder(long current) {
        return retireOlder(current, GenerationStatus.RETIRED);
    }

    @Delete("DELETE FROM item_similarity WHERE generation < #{current}")
    int deleteOlder(@Param("current") long current);

    @Select("SELECT MAX(id) FROM recommend_generation WHERE status = #{current}")
    Long currentGeneration(@Param("current") GenerationStatus current);

    default Long currentGeneration() {
        return currentGeneration(GenerationStatus.CURRENT);
    }

    // ---- per reader, at request time

    @Select("""
            SELECT book_id FROM loan WHERE reader_id = #{readerId}
            GROUP BY book_id ORDER BY MAX(borrowed_at) DESC, book_id DESC LIMIT #{limit}""")
    List<Long> recentTitles(@Param("readerId") long readerId, @Param("limit") int limit);

    /** Titles the reader has borrowed (ever) or has in an order that is still open. */
    @Select("""
            <script>
            SELECT l.book_id FROM loan l WHERE l.reader_id = #{readerId}
            UNION
            SELECT ol.book_id FROM borrow_order o JOIN borrow_order_line ol ON ol.order_id = o.id
            WHERE o.reader_id = #{readerId}
              AND o.status IN <foreach collection="openStatuses" item="s" open="(" separator="," close=")">#{s}</foreach>
            </script>""")
    List<Long> borrowedOrOrdered(@Param("readerId") long readerId, @Param("openStatuses") Collection<String> openStatuses);

    @Select("""
            <script>
            SELECT s.book_id, s.similar_book_id, s.score FROM item_similarity s
            WHERE s.generation = (SELECT MAX(g.id) FROM recommend_generation g WHERE g.status = #{current})
              AND s.book_id IN <foreach collection="bookIds" item="b" open="(" separator="," close=")">#{b}</foreach>
            ORDER BY s.book_id, s.sim_rank
            </script>""")
    List<Similar> neighbours(@Param("bookIds") Collection<Long> bookIds, @Param("current") GenerationStatus current);

    default List<Similar> neighbours(Collection<Long> bookIds) {
        return neighbours(bookIds, GenerationStatus.CURRENT);
    }

    /** The most borrowed titles since a time in the categories the reader has borrowed from, not borrowed by them. */
    @Select("""
            SELECT l.book_id, COUNT(*) AS loans FROM loan l JOIN book b ON b.id = l.book_id
            WHERE l.borrowed_at >= #{since}
              AND b.category_id IN (SELECT DISTINCT b2.category_id FROM loan l2 JOIN book b2 ON b2.id = l2.book_id
                                    WHERE l2.reader_id = #{readerId} AND b2.category_id IS NOT NULL)
              AND l.book_id NOT IN (SELECT l3.book_id FROM loan l3 WHERE l3.reader_id = #{readerId})
            GROUP BY l.book_id ORDER BY loans DESC, l.book_id LIMIT #{limit}""")
    List<Popular> popularInMyCategories(@Param("readerId") long readerId, @Param("since") LocalDateTime since,
                                        @Param("limit") int limit);

    /** Which of the titles have a copy in circulation at the branch (on the shelf, on hold or out on loan). */
    @Select("""
            <script>
            SELECT DISTINCT c.book_id FROM book_copy c
            WHERE c.branch_id = #{branchId}
              AND c.status IN <foreach collection="onHand" item="s" open="(" separator="," close=")">#{s}</foreach>
              AND c.book_id IN <foreach collection="bookIds" item="b" open="(" separator="," close=")">#{b}</foreach>
            </script>""")
    List<Long> heldAtBranch(@Param("branchId") long branchId, @Param("bookIds") Collection<Long> bookIds,
                            @Param("onHand") Collection<CopyStatus> onHand);

    /** Titles the branch has in hand ({@link CopyStatus#ON_HAND}). */
    default List<Long> heldAtBranch(long branchId, Collection<Long> bookIds) {
        return heldAtBranch(branchId, bookIds, CopyStatus.ON_HAND);
    }
}
