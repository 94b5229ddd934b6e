package com.taoshu.testsupport;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts every Spring context of a test JVM on {@link TestSchema}'s schema and Redis namespace (registered in this
 * test jar's {@code META-INF/spring.factories}). It goes first among the property sources, above environment variables
 * and config files, so a {@code TAOSHU_DB_URL} or {@code SPRING_DATASOURCE_URL} in the developer's shell never sends
 * tests to another database; only a test's own {@code @DynamicPropertySource} (added later) overrides it, or the
 * command-line arguments a test passes to an app it starts itself ({@link RestartedApp} on a schema of its own).
 */
public class TestSchemaEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String schema = TestSchema.name();
        MapPropertySource testSchema = new MapPropertySource("taoshuTestSchema", Map.of(
                "spring.datasource.url", TestSchema.jdbcUrl(schema),
                "taoshu.redis.namespace", schema,
                // a test JVM caches several contexts, each with its own pool: idle ones hand their connections back, so
                // together they stay under the server's max_connections (151 by default) that other checkouts share
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000"));
        if (environment.getPropertySources().contains("commandLineArgs")) {
            environment.getPropertySources().addAfter("commandLineArgs", testSchema);
        } else {
            environment.getPropertySources().addFirst(testSchema);
        }
    }
}
