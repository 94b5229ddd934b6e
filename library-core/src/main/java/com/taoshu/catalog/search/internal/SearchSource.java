package com.taoshu.catalog.search.internal;

import static com.taoshu.shared.persistence.EnumSql.inList;
import static com.taoshu.shared.persistence.EnumSql.literal;

import com.taoshu.catalog.CopyStatus;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the index is built from: titles and their stock per branch, read in bulk (a full build is three plain scans,
 * not one query per title), and the ids changed since a moment (for the catch-up). Plain JDBC: these are read-only
 * projections streamed straight into the index, no entity is needed.
 */
@Component
public class SearchSource {

    private static final String BOOKS = "SELECT id, isbn, title, author, publisher, category_id, created_at FROM book";
    private static final String STOCK = """
            SELECT c.book_id, c.branch_id,
                   SUM(c.status NOT IN %s) AS holdings,
                   SUM(c.status = %s AND br.enabled = 1) AS available
              FROM book_copy c JOIN branch br ON br.id = c.branch_id""".formatted(
            inList(CopyStatus.GONE), literal(CopyStatus.AVAILABLE));
    private static final int ID_BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    public SearchSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndexedBook> all() {
        Map<Long, List<IndexedBook.BranchStock>> stock = new HashMap<>();
        jdbc.getJdbcTemplate().query(STOCK + " GROUP BY c.book_id, c.branch_id", rs -> {
            stock.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                    .add(new IndexedBook.BranchStock(rs.getLong(2), rs.getInt(3), rs.getInt(4)));
        });
        List<IndexedBook> books = new ArrayList<>();
        jdbc.getJdbcTemplate().query(BOOKS, rs -> {
            books.add(book(rs, stock));
        });
        return books;
    }

    /** The titles among {@code ids} that still exist (a missing id was deleted). */
    public List<IndexedBook> byIds(Collection<Long> ids) {
        List<IndexedBook> books = new ArrayList<>(ids.size());
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += ID_BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + ID_BATCH));
            MapSqlParameterSource p = new MapSqlParameterSource("ids", batch);
            Map<Long, List<IndexedBook.BranchStock>> stock = new HashMap<>();
            jdbc.query(STOCK + " WHERE c.book_id IN (:ids) GROUP BY c.book_id, c.branch_id", p, rs -> {
                stock.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                        .add(new IndexedBook.BranchStock(rs.getLong(2), rs.getInt(3), rs.getInt(4)));
            });
            jdbc.query(BOOKS + " WHERE id IN (:ids)", p, rs -> {
                books.add(book(rs, stock));
            });
        }
        return books;
    }

    /** Titles whose row or any copy row was written at or after {@code since} (database time). */
    public Set<Long> changedSince(LocalDateTime since) {
        Set<Long> ids = new LinkedHashSet<>();
        MapSqlParameterSource p = new MapSqlParameterSource("since", Timestamp.valueOf(since));
        jdbc.query("SELECT id FROM book WHERE updated_at >= :since", p, rs -> {
            ids.add(rs.getLong(1));
        });
        jdbc.query("SELECT DISTINCT book_id FROM book_copy WHERE updated_at >= :since", p, rs -> {
            ids.add(rs.getLong(1));
        });
        return ids;
    }

    public Set<Long> allIds() {
        Set<Long> ids = new java.util.HashSet<>();
        jdbc.getJdbcTemplate().query("SELECT id FROM book", rs -> {
            ids.add(rs.getLong(1));
        });
        return ids;
    }

    public LocalDateTime databaseNow() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT NOW(3)", Timestamp.class).toLocalDateTime();
    }

    /** Changes when a branch is added, enabled, disabled or edited: availability then needs a full rebuild. */
    public String branchesSignature() {
        return jdbc.getJdbcTemplate().queryForObject(
                "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(enabled), 0), '/', COALESCE(MAX(updated_at), '')) FROM branch",
                String.class);
    }

    /** The schema's name: instances sharing a database share the change topic. */
    public String schemaName() {
        String name = jdbc.getJdbcTemplate().queryForObject("SELECT DATABASE()", String.class);
        return name == null ? "default" : name;
    }

    private static IndexedBook book(java.sql.ResultSet rs, Map<Long, List<IndexedBook.BranchStock>> stock)
            throws java.sql.SQLException {
        long id = rs.getLong("id");
        long categoryId = rs.getLong("category_id");
        Long category = rs.wasNull() ? null : categoryId;
        Timestamp created = rs.getTimestamp("created_at");
        return new IndexedBook(id, rs.getString("isbn"), rs.getString("title"), rs.getString("author"),
                rs.getString("publisher"), category, created == null ? 0 : created.getTime(),
                stock.getOrDefault(id, List.of()));
    }
}
