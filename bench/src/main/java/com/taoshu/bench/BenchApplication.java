package com.taoshu.bench;

import com.taoshu.shared.boot.TaoshuApplication;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/** The production services without HTTP, on a disposable schema (taoshu_bench) that is rebuilt for every run. */
@TaoshuApplication
public class BenchApplication {

    @Bean
    FlywayMigrationStrategy freshSchema() {
        return flyway -> {
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            flyway.migrate();
        };
    }
}
