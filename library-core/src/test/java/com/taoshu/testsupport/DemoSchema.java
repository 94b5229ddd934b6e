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
        OwnSchema.register(registry, "_demo");
    }
}
