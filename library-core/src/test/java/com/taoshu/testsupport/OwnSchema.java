package com.taoshu.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test context with a schema of its own: the module's test schema + a suffix. Contexts in one JVM clean and refill
 * the module schema when they start, which would wipe the rows of another cached context (demo data) or rows a test
 * means to read again from a second, restarted context (key rotation).
 */
public final class OwnSchema {

    private OwnSchema() {
    }

    /** The module's test database URL (surefire's TAOSHU_DB_URL) with {@code suffix} appended to the schema name. */
    public static String url(String suffix) {
        String url = System.getenv("TAOSHU_DB_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        int query = url.indexOf('?');
        return query < 0 ? url + suffix : url.substring(0, query) + suffix + url.substring(query);
    }

    public static void register(DynamicPropertyRegistry registry, String suffix) {
        String url = url(suffix);
        if (url != null) {
            registry.add("spring.datasource.url", () -> url);
        }
    }
}
