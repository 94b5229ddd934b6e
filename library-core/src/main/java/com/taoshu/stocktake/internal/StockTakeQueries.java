package com.taoshu.stocktake.internal;

import com.taoshu.catalog.CopyStatus;
import com.taoshu.stocktake.StockTake;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Reads of book_copy for stock-taking are plain consistent reads (no FOR UPDATE, no INSERT … SELECT, which would take
 * shared locks on the copies): orders and loans never wait for a stock-take.
 */
@Mapper
public interface StockTakeQueries {

    /** The take's scope as SQL conditions on c (book_copy) and b (book). */
    String IN_SCOPE = """
            c.branch_id = #{s.branchId}
            <if test="s.categoryId != null"> AND b.category_id = #{s.categoryId}</if>
            <if test="s.shelfFrom != null"> AND c.shelf_location &gt;= #{s.shelfFrom}</if>
            <if test="s.shelfTo != null"> AND c.shelf_location &lt;= #{s.shelfTo}</if>
            """;

    record Expected(long copyId, int version) {
    }

    public record CopyRow(long copyId, String barcode, long bookId, long branchId, CopyStatus status, int version, int inScope) {

        public Reconciliation.CopyState state() {
            return new Reconciliation.CopyState(copyId, barcode, bookId, branchId, status, version, inScope == 1);
        }
    }

    record BarcodeRow(long id, String barcode) {
    }

    record LineRow(long id, Reconciliation.Kind kind, Reconciliation.Reason reason, String barcode, Long copyId,
                   Long bookId, String title, CopyStatus copyStatus, Long copyBranchId, String fix) {
    }

    @Select("<script>SELECT c.id AS copy_id, c.version FROM book_copy c JOIN book b ON b.id = c.book_id "
            + "WHERE c.status = #{available} AND " + IN_SCOPE + " ORDER BY c.id</script>")
    List<Expected> onShelf(@Param("s") StockTake.Scope scope, @Param("available") CopyStatus available);

    default List<Expected> onShelf(StockTake.Scope scope) {
        return onShelf(scope, CopyStatus.AVAILABLE);
    }

    @Insert("""
            <script>INSERT INTO stock_take_expected (stock_take_id, copy_id, copy_version) VALUES
            <foreach collection="rows" item="r" separator=",">(#{takeId}, #{r.copyId}, #{r.version})</foreach>
            </script>""")
    int insertExpected(@Param("takeId") long takeId, @Param("rows") List<Expected> rows);

    @Select("SELECT copy_id, copy_version AS version FROM stock_take_expected WHERE stock_take_id = #{takeId}")
    List<Expected> expected(@Param("takeId") long takeId);

    @Select("""
            <script>SELECT id, barcode FROM book_copy WHERE barcode IN
            <foreach collection="barcodes" item="b" open="(" separator="," close=")">#{b}</foreach></script>""")
    List<BarcodeRow> copiesByBarcode(@Param("barcodes") Collection<String> barcodes);

    /** A barcode scanned twice stays one scan (the first). */
    @Insert("""
            <script>INSERT INTO stock_take_scan (stock_take_id, barcode, copy_id, scanned_by, scanned_at) VALUES
            <foreach collection="scans" item="s" separator=",">(#{takeId}, #{s.barcode}, #{s.copyId}, #{by}, #{now})</foreach>
            ON DUPLICATE KEY UPDATE id = id</script>""")
    int insertScans(@Param("takeId") long takeId, @Param("scans") List<Reconciliation.Scan> scans, @Param("by") Long by,
                    @Param("now") LocalDateTime now);

    @Select("SELECT barcode, copy_id FROM stock_take_scan WHERE stock_take_id = #{takeId} ORDER BY id")
    List<Reconciliation.Scan> scans(@Param("takeId") long takeId);

    @Select("SELECT COUNT(*) FROM stock_take_scan WHERE stock_take_id = #{takeId} AND copy_id IS NOT NULL")
    int scannedCopies(@Param("takeId") long takeId);

    @Select("<script>SELECT c.id AS copy_id, c.barcode, c.book_id, c.branch_id, c.status, c.version, "
            + "CASE WHEN " + IN_SCOPE + " THEN 1 ELSE 0 END AS in_scope "
            + "FROM book_copy c JOIN book b ON b.id = c.book_id WHERE c.id IN "
            + "<foreach collection=\"ids\" item=\"id\" open=\"(\" separator=\",\" close=\")\">#{id}</foreach></script>")
    List<CopyRow> copies(@Param("s") StockTake.Scope scope, @Param("ids") Collection<Long> ids);

    @Insert("""
            <script>INSERT INTO stock_take_line (stock_take_id, kind, reason, barcode, copy_id, book_id, copy_status, copy_branch_id)
            VALUES <foreach collection="lines" item="l" separator=",">(#{takeId}, #{l.kind}, #{l.reason}, #{l.barcode},
            #{l.copyId}, #{l.bookId}, #{l.copyStatus}, #{l.copyBranchId})</foreach></script>""")
    int insertLines(@Param("takeId") long takeId, @Param("lines") List<Reconciliation.Line> lines);

    @Select("""
            SELECT l.id, l.kind, l.reason, l.barcode, l.copy_id, l.book_id, b.title, l.copy_status, l.copy_branch_id, l.fix
            FROM stock_take_line l LEFT JOIN book b ON b.id = l.book_id
            WHERE l.stock_take_id = #{takeId} ORDER BY l.kind, l.reason, l.barcode""")
    List<LineRow> lines(@Param("takeId") long takeId);

    @Select("""
            SELECT l.id, l.kind, l.reason, l.barcode, l.copy_id, l.book_id, NULL AS title, l.copy_status, l.copy_branch_id, l.fix
            FROM stock_take_line l
            WHERE l.stock_take_id = #{takeId} AND l.kind = #{kind} AND l.reason = #{reason} AND l.fix IS NULL ORDER BY l.id""")
    List<LineRow> unfixed(@Param("takeId") long takeId, @Param("kind") Reconciliation.Kind kind,
                          @Param("reason") Reconciliation.Reason reason);

    /** Records a fix once: 0 when this line was fixed already (a retried or concurrent fix). */
    @Update("UPDATE stock_take_line SET fix = #{fix}, fixed_at = #{now} WHERE id = #{lineId} AND fix IS NULL")
    int markFixed(@Param("lineId") long lineId, @Param("fix") String fix, @Param("now") LocalDateTime now);
}
