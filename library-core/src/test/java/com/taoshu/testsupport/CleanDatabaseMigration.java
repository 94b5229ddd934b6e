package com.taoshu.testsupport;

import com.taoshu.shared.persistence.DisposableSchema;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Tests never depend on leftovers: the test JVM's schema ({@link TestSchema}) is cleaned and migrated from scratch when
 * a context starts — through {@link DisposableSchema}, which refuses unless the connection really is on a test schema.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseMigration {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return DisposableSchema::cleanThenMigrate;
    }
}
