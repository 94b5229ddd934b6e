package com.taoshu.catalog;

import com.taoshu.shared.persistence.CallersTransaction;
import static com.taoshu.shared.persistence.EnumSql.inList;
import static com.taoshu.shared.persistence.EnumSql.literal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The copy side of borrowing, for the order and loan features: hold one available copy for an order
 * (atomically — one conditional UPDATE, never read-then-write), release it, lend it, take it back. Each move is a
 * conditional UPDATE that changes a copy only from the state it must be in, within the caller's transaction.
 * <p>
 * Static SQL on plain JDBC: the claim and the hold run on every submit of a rush, and through a MyBatis mapper their
 * per-call overhead (plugin chain, statement handler, parameter handler) cost more CPU than the statements themselves
 * (measured with {@code bench/run order-submit}).
 */
@Component
public class CopyHolds {

    // the statuses as literals of the static statements, taken from the enum
    private static final String IS_AVAILABLE = literal(CopyStatus.AVAILABLE);
    private static final String IS_HELD = literal(CopyStatus.HELD);
    private static final String IS_ON_LOAN = literal(CopyStatus.ON_LOAN);

    /**
     * One AVAILABLE copy no other transaction has claimed; concurrent orders for the same title each get a different
     * copy instead of queueing behind the first row. The index is forced: on small tables the optimiser may pick
     * (branch_id, status) and sort, locking rows of other titles in another order than the UPDATE that follows — a
     * deadlock under a rush.
     */
    private static final String CLAIM = """
            SELECT id FROM book_copy FORCE INDEX (idx_copy_book_branch_status)
            WHERE book_id = ? AND branch_id = ? AND status = %s
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""".formatted(IS_AVAILABLE);
    private static final String HOLD = """
            UPDATE book_copy SET status = %s, held_by_order_id = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND status = %s""".formatted(IS_HELD, IS_AVAILABLE);
    private static final String RELEASE = """
            UPDATE book_copy SET status = %s, held_by_order_id = NULL, version = version + 1, updated_at = ?
            WHERE id = ? AND status = %s AND held_by_order_id = ?""".formatted(IS_AVAILABLE, IS_HELD);
    private static final String LEND = """
            UPDATE book_copy SET status = %s, held_by_order_id = NULL, version = version + 1, updated_at = ?
            WHERE id = ? AND status = %s AND held_by_order_id = ?""".formatted(IS_ON_LOAN, IS_HELD);
    /** Lent straight from the shelf at the desk (no order held it): only a copy still AVAILABLE. */
    private static final String LEND_FROM_SHELF = """
            UPDATE book_copy SET status = %s, version = version + 1, updated_at = ?
            WHERE id = ? AND status = %s""".formatted(IS_ON_LOAN, IS_AVAILABLE);
    private static final String BY_BARCODE = """
            SELECT c.id, c.book_id, c.branch_id, c.status, c.held_by_order_id, b.title, br.name AS branch_name
            FROM book_copy c JOIN book b ON b.id = c.book_id JOIN branch br ON br.id = c.branch_id
            WHERE c.barcode = ?""";
    private static final String GIVE_BACK = """
            UPDATE book_copy SET status = %s, version = version + 1, updated_at = ?
            WHERE id = ? AND status = %s""".formatted(IS_AVAILABLE, IS_ON_LOAN);
    /** A lent copy (or one on its way back) is lost or damaged: out of circulation. */
    private static final String WRITE_OFF = """
            UPDATE book_copy SET status = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND status IN %s""".formatted(inList(EnumSet.of(CopyStatus.ON_LOAN, CopyStatus.IN_TRANSIT)));
    private static final String AVAILABLE = """
            SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND branch_id = ? AND status = %s""".formatted(IS_AVAILABLE);
    /** Copies the branch holds in circulation (on the shelf, held, lent or on their way), whatever their state. */
    private static final String IN_CIRCULATION = """
            SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND branch_id = ?
              AND status IN %s""".formatted(inList(EnumSet.of(CopyStatus.AVAILABLE, CopyStatus.HELD, CopyStatus.ON_LOAN,
                      CopyStatus.IN_TRANSIT)));

    private final JdbcOperations jdbc;
    private final Clock clock;

    public CopyHolds(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Holds one AVAILABLE copy of the title at the branch for the order (within the caller's transaction); empty
     * when none is left. The copy is claimed with {@code FOR UPDATE SKIP LOCKED} and then moved by a conditional
     * UPDATE ({@code status = 'AVAILABLE'}), so a copy is never held twice and concurrent orders do not queue.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OptionalLong holdOne(long bookId, long branchId, long orderId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            OptionalLong copyId = claim(bookId, branchId);
            if (copyId.isEmpty()) {
                return copyId;
            }
            if (hold(copyId.getAsLong(), orderId)) {
                return copyId;
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Claims (row-locks until the transaction ends) one AVAILABLE copy that no other transaction has claimed; empty
     * when every available copy is taken or being taken. Follow with {@link #hold} in the same transaction.
     */
    public OptionalLong claim(long bookId, long branchId) {
        CallersTransaction.require();
        List<Long> ids = jdbc.queryForList(CLAIM, Long.class, bookId, branchId);
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.getFirst());
    }

    /** Moves a claimed copy AVAILABLE → HELD for the order (conditional: false if it is no longer AVAILABLE). */
    public boolean hold(long copyId, long orderId) {
        CallersTransaction.require();
        return jdbc.update(HOLD, orderId, now(), copyId) == 1;
    }

    /** Back to the shelf; false when the copy was not held for this order (already released: idempotent). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(long copyId, long orderId) {
        return jdbc.update(RELEASE, now(), copyId, orderId) == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lend(long copyId, long orderId) {
        return jdbc.update(LEND, now(), copyId, orderId) == 1;
    }

    /** Desk checkout without an order: AVAILABLE → ON_LOAN (conditional: false if someone took it meanwhile). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lendFromShelf(long copyId) {
        return jdbc.update(LEND_FROM_SHELF, now(), copyId) == 1;
    }

    /** A copy as the desk's scanner sees it: what, whose branch, where it is now. */
    public record ScannedCopy(long id, long bookId, long branchId, CopyStatus status, Long heldByOrderId, String title,
                              String branchName) {
    }

    /** The copy with this barcode (as printed on its label; surrounding blanks from the scanner ignored). */
    public java.util.Optional<ScannedCopy> byBarcode(String barcode) {
        if (barcode == null || barcode.isBlank()) {
            return java.util.Optional.empty();
        }
        return jdbc.query(BY_BARCODE, (rs, n) -> new ScannedCopy(rs.getLong("id"), rs.getLong("book_id"),
                rs.getLong("branch_id"), CopyStatus.valueOf(rs.getString("status")),
                rs.getObject("held_by_order_id") == null ? null : rs.getLong("held_by_order_id"), rs.getString("title"),
                rs.getString("branch_name")), barcode.trim()).stream().findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean giveBack(long copyId) {
        return jdbc.update(GIVE_BACK, now(), copyId) == 1;
    }

    /**
     * A loan closed as lost or damaged: its copy, ON_LOAN or on its way back (IN_TRANSIT), leaves circulation as
     * {@code LOST} or {@code DAMAGED}; false when the copy is elsewhere. In the caller's transaction (the loan's close).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean writeOff(long copyId, CopyStatus to) {
        if (to != CopyStatus.LOST && to != CopyStatus.DAMAGED) {
            throw new IllegalArgumentException("a lent copy is written off as LOST or DAMAGED, not " + to);
        }
        return jdbc.update(WRITE_OFF, to.name(), now(), copyId) == 1;
    }

    /** Copies of the title the branch has in circulation (0: the branch does not hold the title). */
    public int held(long bookId, long branchId) {
        return count(IN_CIRCULATION, bookId, branchId);
    }

    public int available(long bookId, long branchId) {
        return count(AVAILABLE, bookId, branchId);
    }

    private int count(String sql, long bookId, long branchId) {
        Integer n = jdbc.queryForObject(sql, Integer.class, bookId, branchId);
        return n == null ? 0 : n;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
