package com.taoshu.shared.crypto;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every column {@link FieldCipher} writes, table by table: what {@code cryptoRotateJob} rewrites when the key
 * changes. A migration that adds a {@code *_cipher} or {@code *_hash} column adds it here too (CryptoKeyRotationIT
 * compares this list with the schema).
 */
public final class EncryptedColumns {

    private EncryptedColumns() {
    }

    /** A hash column and the encrypted column whose plain text it hashes. */
    public record HashColumn(String column, String of) {
    }

    /**
     * One table: its encrypted columns, the hash columns derived from them, and the column that decides a row's shard
     * (reader id, as for every job).
     */
    public record Table(String name, String shardColumn, List<String> cipherColumns, List<HashColumn> hashColumns) {

        public Table {
            cipherColumns = List.copyOf(cipherColumns);
            hashColumns = List.copyOf(hashColumns);
            for (HashColumn hash : hashColumns) {
                if (!cipherColumns.contains(hash.of())) {
                    throw new IllegalArgumentException(name + "." + hash.column() + " hashes a column that is not encrypted");
                }
            }
        }

        public List<String> columns() {
            return Stream.concat(cipherColumns.stream(), hashColumns.stream().map(HashColumn::column)).toList();
        }
    }

    public static final List<Table> TABLES = List.of(
            // the reader's phone: found by exact number through phone_hash (ReaderCardService)
            new Table("reader", "id", List.of("phone_cipher"), List.of(new HashColumn("phone_hash", "phone_cipher"))),
            // delivery addresses, soft-deleted ones included: orders keep pointing at them; contact2 is the optional
            // family contact (null when none: nothing to rewrite)
            new Table("reader_address", "reader_id", List.of("phone_cipher", "detail_cipher", "street_cipher",
                    "place_cipher", "door_cipher", "contact2_phone_cipher"),
                    List.of()));
}
