package com.taoshu.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Demo-profile test contexts get a schema (and Redis namespace) of their own, the JVM's {@link TestSchema} + "_demo":
 * other contexts in the same JVM clean and refill the module schema when they start, which would wipe the demo data
 * under a cached demo context.
 */
public final class DemoSchema {

    private DemoSchema() {
    }

    public static String name() {
        return OwnSchema.name("_demo");
    }

    public static void register(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, "_demo");
        // the shared demo schema's tests plan and count the 岳麓 slots themselves: no seeded route for 李师傅
        registry.add("taoshu.demo.today-route", () -> "false");
    }
}
