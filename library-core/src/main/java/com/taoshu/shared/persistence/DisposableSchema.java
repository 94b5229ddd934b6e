package com.taoshu.shared.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The one gate in front of everything that wipes data wholesale — Flyway {@code clean}, {@code DROP DATABASE},
 * {@code DROP TABLE}, {@code TRUNCATE} — in the benchmarks and the tests. It asks the connection which schema it is
 * really on ({@code SELECT DATABASE()}), never the URL that was meant, and refuses — throws before anything is done —
 * unless the name is one a tool makes for itself: {@code taoshu_bench}, {@code taoshu_bench_…} or {@code taoshu_test_…}.
 *
 * <p>Why: {@code bench/run order-submit} once cleaned the library's own schema {@code taoshu}, because a config file
 * the bench imported overrode the bench's datasource; nothing between "which database am I on" and "clean" looked.
 */
public final class DisposableSchema {

    private static final Pattern DISPOSABLE = Pattern.compile("taoshu_bench|taoshu_bench_[A-Za-z0-9_-]+|taoshu_test_[A-Za-z0-9_-]+");

    private DisposableSchema() {
    }

    /** Whether a tool may wipe a schema of this name: {@code taoshu_bench}, {@code taoshu_bench_…}, {@code taoshu_test_…}. */
    public static boolean isDisposable(String schema) {
        return schema != null && DISPOSABLE.matcher(schema).matches();
    }

    /** The schema the data source's connections are on, if it is disposable; otherwise throws. */
    public static String require(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return require(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which schema the connection is on", e);
        }
    }

    /**
     * Runs destructive statements ({@code TRUNCATE}, {@code DROP TABLE}, {@code DELETE} of every row) on one connection,
     * after checking that this very connection is on a disposable schema.
     */
    public static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            require(connection);
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a statement on the disposable schema failed", e);
        }
    }

    /** Drops the (disposable) schema the data source is on; returns its name. */
    public static String drop(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String schema = require(connection);
            statement.execute("DROP DATABASE `" + schema + "`");
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException("dropping the disposable schema failed", e);
        }
    }

    /**
     * Flyway {@code clean} then {@code migrate}: a schema rebuilt from scratch. Checked first: the schema Flyway's own
     * data source is on and every schema Flyway is configured to manage (it cleans those) must be disposable.
     */
    public static void cleanThenMigrate(Flyway flyway) {
        Configuration configuration = flyway.getConfiguration();
        require(configuration.getDataSource());
        for (String schema : configuration.getSchemas()) {
            refuseUnlessDisposable(schema);
        }
        if (configuration.getDefaultSchema() != null) {
            refuseUnlessDisposable(configuration.getDefaultSchema());
        }
        Flyway.configure().configuration(configuration).cleanDisabled(false).load().clean();
        flyway.migrate();
    }

    private static String require(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT DATABASE()")) {
            String schema = rs.next() ? rs.getString(1) : null;
            refuseUnlessDisposable(schema);
            return schema;
        }
    }

    private static void refuseUnlessDisposable(String schema) {
        if (!isDisposable(schema)) {
            throw new IllegalStateException("refusing to wipe schema " + (schema == null ? "(none selected)" : "'" + schema + "'")
                    + ": only taoshu_bench, taoshu_bench_… and taoshu_test_… schemas are disposable");
        }
    }
}
