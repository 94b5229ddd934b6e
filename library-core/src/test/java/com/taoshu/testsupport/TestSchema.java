package com.taoshu.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The MariaDB schema — and Redis namespace — of this test JVM: {@code taoshu_test_<module>_<checkout><suffix>}, e.g.
 * {@code taoshu_test_all-in-one_3fa2b1c0_x}. {@code <checkout>} is a short hash of the checkout's absolute path, so two
 * checkouts (worktrees) on one machine testing at once never clean each other's tables; {@code <suffix>} is
 * {@code -Dtaoshu.test.schema.suffix} (empty by default). One schema per module and checkout, cleaned and migrated
 * when a test context starts and reused by the next run: nothing to drop afterwards, nothing left behind per run.
 *
 * <p>Surefire passes the module, the checkout directory and the suffix as system properties (root pom.xml); run from
 * an IDE, the working directory is taken as the module and its parent as the checkout. Every Spring context of a test
 * JVM gets this schema and namespace from {@link TestSchemaEnvironment}, whatever {@code TAOSHU_DB_URL} says; a test
 * that needs another schema derives it from {@link #name()} (as {@link DemoSchema} does).
 */
public final class TestSchema {

    private static final String SAFE = "[A-Za-z0-9_-]*";

    private TestSchema() {
    }

    /** This JVM's schema name. */
    public static String name() {
        Path here = Path.of("").toAbsolutePath();
        String module = System.getProperty("taoshu.test.module", here.getFileName().toString());
        String checkout = System.getProperty("taoshu.test.checkout",
                here.getParent() == null ? here.toString() : here.getParent().toString());
        return name(module, checkout, System.getProperty("taoshu.test.schema.suffix", ""));
    }

    static String name(String module, String checkout, String suffix) {
        if (!module.matches(SAFE) || !suffix.matches(SAFE)) {
            throw new IllegalArgumentException("module and suffix may only hold letters, digits, _ and -: " + module + ", " + suffix);
        }
        String name = "taoshu_test_" + module + "_" + checkoutHash(checkout) + suffix;
        if (name.length() > 59) { // MariaDB allows 64; DemoSchema adds "_demo"
            throw new IllegalArgumentException("test schema name too long: " + name);
        }
        return name;
    }

    /** A JDBC URL of a schema on the test database server, created on first use. */
    public static String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:3306/" + schema + "?createDatabaseIfNotExist=true";
    }

    private static String checkoutHash(String checkout) {
        String path = Path.of(checkout).toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
