package com.taoshu.order.internal;

import static com.taoshu.shared.persistence.EnumSql.inList;
import static com.taoshu.shared.persistence.EnumSql.literal;

import com.taoshu.catalog.CopyStatus;
import com.taoshu.loan.LoanStatus;
import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderStore;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.CardType;
import com.taoshu.reader.DeliveryEligibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.stereotype.Component;

/**
 * Everything a submit reads, on plain JDBC with static SQL. A submit rush is the hottest path of the service: measured
 * with {@code bench/run order-submit}, the same reads through MyBatis mappers cost several times their SQL in CPU (a
 * session and the plugin chain per call, column-name maps and reflective constructor mapping per row) and kept the
 * service under half the raw-JDBC baseline's throughput. The writes stay in {@link OrderStore}.
 * <ul>
 *   <li>{@link #chosen}: the first look, outside any transaction — the chosen cart items and whether a copy is on the
 *       shelf; in a rush it answers most submits by itself (sold out);</li>
 *   <li>{@link #lockReader}: serialises one reader's submits, so two at once cannot both pass the loan limit;</li>
 *   <li>{@link #context}: the lines, the reader's card, the card's rule and the reader's standing, in one round trip.
 *       Whether a copy is left is answered by claiming one, not by counting.</li>
 * </ul>
 * One reader's items only: another reader's cart item id is simply not found.
 */
@Component
public class SubmitReads {

    /** One chosen cart item's title and branch, and whether a copy is on the shelf there. */
    public record Item(long cartItemId, long bookId, long branchId, String title, boolean onShelf) {
    }

    /** One chosen line with what the decision is made on (the reader, rule and standing repeat on every line). */
    public record Row(long cartItemId, long bookId, long branchId, String title,
               long readerId, CardType cardType, CardStatus cardStatus, Long homeBranchId,
               DeliveryEligibility deliveryEligibility, int loanLimit, int loanDays, int maxRenewals, int renewDays,
               int pickupDays, int renewOverdueGraceDays, boolean autoApprove,
               int activeLoans, int overdueLoans, int openOrderBooks) {
    }

    // Static text built once from the enums (open orders: OrderStatus.OPEN), so a call pays for no parameters it does
    // not need. EXISTS stops at the first AVAILABLE copy; a count would walk all of them (and the index entries of copies held
    // moments ago that purge has not removed yet)
    private static final String ITEMS = """
            SELECT c.id, c.book_id, c.branch_id, b.title,
                   EXISTS (SELECT 1 FROM book_copy bc FORCE INDEX (idx_copy_book_branch_status)
                           WHERE bc.book_id = c.book_id AND bc.branch_id = c.branch_id AND bc.status = %s) AS on_shelf
            FROM cart_item c JOIN book b ON b.id = c.book_id
            """.formatted(literal(CopyStatus.AVAILABLE));

    private static final String ROWS = """
            SELECT c.id, c.book_id, c.branch_id, b.title,
                   r.id, r.card_type, r.card_status, r.home_branch_id, r.delivery_eligibility,
                   ru.loan_limit, ru.loan_days, ru.max_renewals, ru.renew_days, ru.pickup_days, ru.renew_overdue_grace_days,
                   ru.auto_approve,
                   (SELECT COUNT(*) FROM loan WHERE reader_id = r.id AND status = %1$s),
                   (SELECT COUNT(*) FROM loan WHERE reader_id = r.id AND status = %1$s AND due_date < :today),
                   (SELECT COUNT(*) FROM borrow_order_line l JOIN borrow_order o ON o.id = l.order_id
                     WHERE o.reader_id = r.id AND l.status = %2$s AND o.status IN %3$s)
            FROM cart_item c
            JOIN reader r ON r.id = c.reader_id
            JOIN borrow_rule ru ON ru.card_type = r.card_type
            JOIN book b ON b.id = c.book_id
            """.formatted(literal(LoanStatus.ACTIVE), literal(LineStatus.HELD), inList(OrderStatus.OPEN));

    private static final String ONE = " WHERE c.reader_id = :reader AND c.id = :item";
    private static final String MANY = " WHERE c.reader_id = :reader AND c.id IN (:items) ORDER BY c.book_id, c.id";

    private static final RowMapper<Item> ITEM = (rs, n) -> new Item(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getBoolean(5));

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
            rs.getLong(5), CardType.valueOf(rs.getString(6)), CardStatus.valueOf(rs.getString(7)),
            rs.getObject(8, Long.class), DeliveryEligibility.valueOf(rs.getString(9)),
            rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getBoolean(16),
            rs.getInt(17), rs.getInt(18), rs.getInt(19));

    private final NamedParameterJdbcTemplate jdbc;
    private final String itemsOne;
    private final String rowsOne;

    SubmitReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // the one-title submit is the common one: its statements are turned into positional ones once, not per call
        // (parameters in order of appearance: today, reader, item)
        this.itemsOne = NamedParameterUtils.parseSqlStatementIntoString(ITEMS + ONE);
        this.rowsOne = NamedParameterUtils.parseSqlStatementIntoString(ROWS + ONE);
    }

    /** The reader's chosen items in title order; an id that is not one of the reader's cart items is left out. */
    public List<Item> chosen(long readerId, List<Long> cartItemIds) {
        if (cartItemIds.size() == 1) {
            return plain().query(itemsOne, ITEM, readerId, cartItemIds.getFirst());
        }
        return jdbc.query(ITEMS + MANY, Map.of("reader", readerId, "items", cartItemIds), ITEM);
    }

    /** Row-locks the reader until the transaction ends. */
    public void lockReader(long readerId) {
        plain().queryForList("SELECT id FROM reader WHERE id = ? FOR UPDATE", Long.class, readerId);
    }

    /** The chosen lines (title order) with the reader's card, rule and standing as of {@code today}. */
    public List<Row> context(long readerId, List<Long> cartItemIds, LocalDate today) {
        if (cartItemIds.size() == 1) {
            return plain().query(rowsOne, ROW, today, readerId, cartItemIds.getFirst());
        }
        return jdbc.query(ROWS + MANY, Map.of("today", today, "reader", readerId, "items", cartItemIds), ROW);
    }

    private JdbcOperations plain() {
        return jdbc.getJdbcOperations();
    }
}
