package com.taoshu.shared.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites every encrypted value that is not under the current key, and every hash that is not the current key's,
 * table by table ({@link EncryptedColumns}) in batches by id. Each batch is read, re-encrypted in memory and written
 * in one short transaction of conditional UPDATEs ({@code WHERE id = ? AND col <=> old …}): a row a reader or
 * librarian changed in the meantime is left as they wrote it (their value is under the current key anyway). A value
 * no configured key decrypts is counted, logged (table, id, column — never the value) and left untouched.
 *
 * <p>Idempotent and resumable: a row is rewritten only when it still needs it, so after a crash or with two runs at
 * once, running again finishes the work; a run that rewrites nothing and fails nothing proves every value is under
 * the current key. The row version is not bumped (a key change is no edit), so nobody's save fails because of it;
 * a save that raced the job may write back an old-key value, which the next run rewrites.
 */
@Service
public class FieldKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(FieldKeyRotation.class);
    private static final int LISTED_FAILURES = 20;

    private final FieldCipher cipher;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int batchSize;

    public FieldKeyRotation(FieldCipher cipher, JdbcTemplate jdbc, TransactionTemplate tx,
                            @Value("${taoshu.crypto-rotation-batch-size:500}") int batchSize) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.tx = tx;
        this.batchSize = batchSize;
    }

    /**
     * One table's outcome.
     *
     * @param rewritten        rows whose values (or hashes) were rewritten under the current key
     * @param current          rows that were already under the current key (or hold nothing encrypted)
     * @param changedMeanwhile rows edited between our read and our write: left as written (run again to check them)
     * @param failed           rows with a value no configured key decrypts: left untouched
     * @param failedIds        the first of those ids, for the operator
     */
    public record TableReport(String table, long rewritten, long current, long changedMeanwhile, long failed,
                              List<Long> failedIds) {

        @Override
        public String toString() {
            return table + ": " + rewritten + " rewritten, " + current + " already current, " + changedMeanwhile
                    + " changed meanwhile, " + failed + " failed" + (failedIds.isEmpty() ? "" : " (ids " + failedIds
                    + (failed > failedIds.size() ? " …" : "") + ")");
        }
    }

    public record Report(String keyId, List<TableReport> tables) {

        public long rewritten() {
            return tables.stream().mapToLong(TableReport::rewritten).sum();
        }

        public long failed() {
            return tables.stream().mapToLong(TableReport::failed).sum();
        }

        public long changedMeanwhile() {
            return tables.stream().mapToLong(TableReport::changedMeanwhile).sum();
        }

        /** Nothing left under another key in this shard: the previous key may be removed once every shard says so. */
        public boolean complete() {
            return rewritten() == 0 && failed() == 0 && changedMeanwhile() == 0;
        }

        @Override
        public String toString() {
            return "to key " + keyId + ": " + tables.stream().map(TableReport::toString).collect(Collectors.joining("; "))
                    + (complete() ? " — every value is under key " + keyId : "");
        }
    }

    /** Walks this shard's rows (shard column % total == index) of every encrypted table. */
    public Report rotate(int shardIndex, int shardTotal) {
        List<TableReport> reports = new ArrayList<>();
        for (EncryptedColumns.Table table : EncryptedColumns.TABLES) {
            TableReport report = rotate(table, shardIndex, shardTotal);
            log.info("cryptoRotateJob shard {}/{}: {}", shardIndex, shardTotal, report);
            reports.add(report);
        }
        return new Report(cipher.currentKeyId(), reports);
    }

    private TableReport rotate(EncryptedColumns.Table table, int shardIndex, int shardTotal) {
        Counts counts = new Counts();
        // table and column names come from EncryptedColumns (constants), never from input
        String select = "SELECT id, " + String.join(", ", table.columns()) + " FROM " + table.name() + " WHERE id > ?"
                + (shardTotal > 1 ? " AND MOD(" + table.shardColumn() + ", ?) = ?" : "") + " ORDER BY id LIMIT ?";
        String update = "UPDATE " + table.name() + " SET " + table.columns().stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE id = ?" + table.columns().stream().map(c -> " AND " + c + " <=> ?")
                .collect(Collectors.joining());
        long after = 0;
        while (true) {
            Object[] args = shardTotal > 1 ? new Object[] {after, shardTotal, shardIndex, batchSize}
                    : new Object[] {after, batchSize};
            List<Map<String, Object>> rows = jdbc.queryForList(select, args);
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> rewrites = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                plan(table, row, counts).ifPresent(rewrites::add);
            }
            if (!rewrites.isEmpty()) {
                // one statement per row, not a JDBC batch: drivers may answer a batch without per-row counts
                tx.executeWithoutResult(s -> rewrites.forEach(a -> {
                    if (jdbc.update(update, a) == 1) {
                        counts.rewritten++;
                    } else {
                        counts.changedMeanwhile++;
                    }
                }));
            }
            after = ((Number) rows.getLast().get("id")).longValue();
        }
        return new TableReport(table.name(), counts.rewritten, counts.current, counts.changedMeanwhile, counts.failed,
                List.copyOf(counts.failedIds));
    }

    /** The UPDATE's arguments (new values, id, old values) when the row needs rewriting; empty otherwise. */
    private Optional<Object[]> plan(EncryptedColumns.Table table, Map<String, Object> row, Counts counts) {
        long id = ((Number) row.get("id")).longValue();
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> next = new LinkedHashMap<>();
        boolean changes = false;
        for (String column : table.cipherColumns()) {
            String stored = (String) row.get(column);
            try {
                plain.put(column, cipher.decrypt(stored));
            } catch (UndecryptableValueException e) {
                log.warn("cryptoRotateJob: {} id {} column {} cannot be decrypted ({}); the row is left as it is",
                        table.name(), id, column, e.getMessage());
                counts.fail(id);
                return Optional.empty();
            }
            if (cipher.isCurrent(stored)) {
                next.put(column, stored);
            } else {
                next.put(column, cipher.encrypt(plain.get(column)));
                changes = true;
            }
        }
        for (EncryptedColumns.HashColumn hash : table.hashColumns()) {
            String source = plain.get(hash.of());
            String stored = (String) row.get(hash.column());
            String expected = source == null ? stored : cipher.hash(source); // no value, no hash to compute
            next.put(hash.column(), expected);
            changes |= !Objects.equals(stored, expected);
        }
        if (!changes) {
            counts.current++;
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        table.columns().forEach(c -> args.add(next.get(c)));
        args.add(id);
        table.columns().forEach(c -> args.add(row.get(c)));
        return Optional.of(args.toArray());
    }

    private static final class Counts {
        long rewritten;
        long current;
        long changedMeanwhile;
        long failed;
        final List<Long> failedIds = new ArrayList<>();

        void fail(long id) {
            failed++;
            if (failedIds.size() < LISTED_FAILURES) {
                failedIds.add(id);
            }
        }
    }
}
