package com.taoshu.testsupport;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Tests never depend on leftovers: each test JVM's schema (taoshu_test_&lt;module&gt;, set by surefire) is cleaned and
 * migrated from scratch when a context starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseMigration {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            flyway.migrate();
        };
    }
}
