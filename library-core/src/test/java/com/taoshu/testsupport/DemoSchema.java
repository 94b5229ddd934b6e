package com.taoshu.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Demo-profile test contexts get a schema of their own (the module's test schema + "_demo"): other contexts in the
 * same JVM clean and refill the module schema when they start, which would wipe the demo data under a cached
 * demo context.
 */
public final class DemoSchema {

    private DemoSchema() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = System.getenv("TAOSHU_DB_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        int query = url.indexOf('?');
        String demoUrl = query < 0 ? url + "_demo" : url.substring(0, query) + "_demo" + url.substring(query);
        registry.add("spring.datasource.url", () -> demoUrl);
    }
}
