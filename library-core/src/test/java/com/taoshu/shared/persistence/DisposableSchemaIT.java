package com.taoshu.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.testsupport.TestSchema;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The guard asks the live connection which schema it is on, not the URL that was meant. */
class DisposableSchemaIT {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private static SingleConnectionDataSource on(String url) {
        return new SingleConnectionDataSource(url, "root", "", true);
    }

    @Test
    void theTestJvmsOwnSchemaIsAccepted() {
        SingleConnectionDataSource own = on(TestSchema.jdbcUrl(TestSchema.name()));
        try {
            assertThat(DisposableSchema.require(own)).isEqualTo(TestSchema.name());
            DisposableSchema.execute(own, "CREATE TABLE IF NOT EXISTS guard_probe (id INT)", "DROP TABLE guard_probe");
            assertThat(new JdbcTemplate(own).queryForObject(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'guard_probe'",
                    Integer.class)).isZero();
        } finally {
            own.destroy();
        }
    }

    @Test
    void aConnectionOnAnotherSchemaOrOnNoneIsRefusedBeforeAnythingRuns() {
        SingleConnectionDataSource system = on(SERVER + "information_schema");
        SingleConnectionDataSource none = on(SERVER);
        try {
            assertThatThrownBy(() -> DisposableSchema.require(system)).hasMessageContaining("refusing to wipe schema 'information_schema'");
            assertThatThrownBy(() -> DisposableSchema.require(none)).hasMessageContaining("(none selected)");
            // the statement would fail on information_schema anyway; the guard must stop it first, with its own message
            assertThatThrownBy(() -> DisposableSchema.execute(system, "CREATE TABLE guard_probe (id INT)"))
                    .hasMessageContaining("refusing to wipe");
            assertThatThrownBy(() -> DisposableSchema.drop(none)).hasMessageContaining("refusing to wipe");
        } finally {
            system.destroy();
            none.destroy();
        }
    }

    @Test
    void flywayCleanIsRefusedOnAnotherSchemaAndForAnotherConfiguredSchema() {
        SingleConnectionDataSource system = on(SERVER + "information_schema");
        SingleConnectionDataSource own = on(TestSchema.jdbcUrl(TestSchema.name()));
        try {
            Flyway onSystem = Flyway.configure().dataSource(system).cleanDisabled(false).load();
            assertThatThrownBy(() -> DisposableSchema.cleanThenMigrate(onSystem)).hasMessageContaining("'information_schema'");

            // connected to the test schema, but told to manage another one (Flyway would clean that one); a name that
            // exists nowhere, so even a broken guard could not harm a real schema here
            Flyway elsewhere = Flyway.configure().dataSource(own).schemas("taoshu_guard_decoy").cleanDisabled(false).load();
            assertThatThrownBy(() -> DisposableSchema.cleanThenMigrate(elsewhere)).hasMessageContaining("'taoshu_guard_decoy'");
        } finally {
            system.destroy();
            own.destroy();
        }
    }
}
