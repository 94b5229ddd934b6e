package com.taoshu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The bench's datasource is its own whatever TAOSHU_DB_URL, spring.datasource.url or the imported taoshu-core.yml say.
 * The environment is built exactly as {@link BenchApplication#start} builds it and inspected once the config files are
 * read, before any bean (let alone a connection) exists. TAOSHU_DB_URL is given as a system property: taoshu-core.yml's
 * {@code ${TAOSHU_DB_URL:…}} resolves it from system properties as from the environment.
 */
class BenchDatabaseTest {

    private static final String LIBRARY = "jdbc:mariadb://127.0.0.1:3306/taoshu?createDatabaseIfNotExist=true";

    /** Stops the application once its environment is ready. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    @BeforeEach
    void pointEverythingAtTheLibrarysDatabase() {
        System.setProperty("TAOSHU_DB_URL", LIBRARY);
        System.setProperty("spring.datasource.url", LIBRARY);
        System.setProperty("TAOSHU_REDIS_NAMESPACE", "");
    }

    @AfterEach
    void clear() {
        System.clearProperty("TAOSHU_DB_URL");
        System.clearProperty("spring.datasource.url");
        System.clearProperty("TAOSHU_REDIS_NAMESPACE");
    }

    private static ConfigurableEnvironment environment(String... args) {
        SpringApplication application = BenchApplication.application();
        AtomicReference<ConfigurableEnvironment> seen = new AtomicReference<>();
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
            seen.set(event.getEnvironment());
            throw new Stop();
        });
        assertThatThrownBy(() -> application.run(args)).isInstanceOf(Stop.class);
        assertThat(seen.get().getProperty("spring.flyway.locations")).as("taoshu-core.yml was imported")
                .isEqualTo("classpath:db/migration");
        return seen.get();
    }

    @Test
    void theBenchsOwnSchemaBeatsTaoshuDbUrlAndSpringDatasourceUrl() {
        ConfigurableEnvironment bench = environment(BenchApplication.arguments(BenchApplication.DEFAULT_DB_URL));
        assertThat(bench.getProperty("spring.datasource.url")).isEqualTo(BenchApplication.DEFAULT_DB_URL);
        assertThat(bench.getProperty("taoshu.redis.namespace")).isEqualTo("taoshu_bench");

        ConfigurableEnvironment reminders = environment(BenchApplication.arguments(
                "jdbc:mariadb://127.0.0.1:3306/taoshu_bench_reminders?createDatabaseIfNotExist=true", "--taoshu.notify.run-budget=2s"));
        assertThat(reminders.getProperty("spring.datasource.url")).contains("/taoshu_bench_reminders?");
        assertThat(reminders.getProperty("taoshu.redis.namespace")).isEqualTo("taoshu_bench_reminders");
        assertThat(reminders.getProperty("taoshu.notify.run-budget")).isEqualTo("2s");
    }

    @Test
    void withoutItsArgumentsTaoshuCoreYmlWouldPutItOnTheLibrarysDatabase() {
        // what `bench/run order-submit` did: the same application, no datasource argument, TAOSHU_DB_URL set
        System.clearProperty("spring.datasource.url");
        assertThat(environment().getProperty("spring.datasource.url")).isEqualTo(LIBRARY);
    }
}
