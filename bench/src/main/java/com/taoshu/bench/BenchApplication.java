package com.taoshu.bench;

import com.taoshu.shared.boot.TaoshuApplication;
import com.taoshu.shared.persistence.DisposableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The production services without HTTP, on a disposable schema of the bench's own (taoshu_bench, or one per benchmark)
 * that is rebuilt for every run. Start it with {@link #start}, never with a bare {@code SpringApplication.run}: the
 * bench imports taoshu-core.yml, and an imported file overrides the importing one, so a URL in the bench's own
 * application.yml loses to taoshu-core's {@code TAOSHU_DB_URL} — the library's own database, which a bench once
 * cleaned this way. {@link #start} passes the URL as a command-line property, which beats every config file,
 * environment variable and system property; the clean itself goes through {@link DisposableSchema}.
 */
@TaoshuApplication
public class BenchApplication {

    static final String DEFAULT_DB_URL = "jdbc:mariadb://127.0.0.1:3306/taoshu_bench?createDatabaseIfNotExist=true";

    private static final Pattern SCHEMA = Pattern.compile("^jdbc:[a-z]+://[^/]+/([A-Za-z0-9_-]+)");

    /** taoshu_bench, or TAOSHU_BENCH_DB_URL when set; never TAOSHU_DB_URL. */
    static String defaultDbUrl() {
        String url = System.getenv("TAOSHU_BENCH_DB_URL");
        return url == null || url.isBlank() ? DEFAULT_DB_URL : url;
    }

    /** The bench's services on {@code dbUrl} (cleaned and migrated), with extra {@code --name=value} properties. */
    static ConfigurableApplicationContext start(String dbUrl, String... properties) {
        return application().run(arguments(dbUrl, properties));
    }

    static SpringApplication application() {
        return new SpringApplication(BenchApplication.class);
    }

    /**
     * Command-line properties: the datasource URL, and a Redis namespace named after its schema (the bench's order
     * numbers, locks and topics stay out of a local app's Redis names); no API docs (no HTTP here).
     */
    static String[] arguments(String dbUrl, String... properties) {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + dbUrl);
        Matcher schema = SCHEMA.matcher(dbUrl);
        args.add("--taoshu.redis.namespace=" + (schema.find() ? schema.group(1) : "taoshu_bench"));
        args.add("--springdoc.api-docs.enabled=false");
        args.addAll(List.of(properties));
        return args.toArray(String[]::new);
    }

    @Bean
    FlywayMigrationStrategy freshSchema() {
        return DisposableSchema::cleanThenMigrate;
    }
}
