package com.taoshu.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test context with a schema (and Redis namespace) of its own: the JVM's {@link TestSchema} + a suffix. Contexts in
 * one JVM clean and refill the module schema when they start, which would wipe the rows of another cached context
 * (demo data) or rows a test means to read again from a second, restarted context (key rotation).
 */
public final class OwnSchema {

    private OwnSchema() {
    }

    public static String name(String suffix) {
        return TestSchema.name() + suffix;
    }

    /** The JDBC URL of the module's test schema with {@code suffix} appended to its name. */
    public static String url(String suffix) {
        return TestSchema.jdbcUrl(name(suffix));
    }

    public static void register(DynamicPropertyRegistry registry, String suffix) {
        registry.add("spring.datasource.url", () -> url(suffix));
        registry.add("taoshu.redis.namespace", () -> name(suffix));
    }
}
