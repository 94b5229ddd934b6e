package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.yml, docker/Dockerfile, sql/xxl-job and the README in step with the configuration the
 * apps actually read. The environment variable names are extracted at test time from every {@code ${NAME}} /
 * {@code ${NAME:default}} placeholder in library-core's taoshu-core.yml and each module's application.yml, so a
 * new variable added to the config fails this test until compose (and the README) set it.
 * Plain JUnit: no Spring context. Surefire runs it with working directory all-in-one/, hence the {@code ..}.
 */
class DockerComposeTest {

    /** Compose service name = Maven module name, and the port it listens on (SERVER_PORT). */
    private static final Map<String, Integer> APP_PORTS = Map.of(
            "miniapp-backend", 8080,
            "courier-app-api", 8081,
            "admin-console", 8082);

    private static final List<String> JOB_HANDLERS = List.of(
            "dispatchPlanJob", "pickupExpiryJob", "dueReminderJob", "overdueReminderJob",
            "outboxSendJob", "reservationExpiryJob", "statsRollupJob", "purchaseArrivalJob",
            "overdueSuspensionJob", "recommendRebuildJob", "cryptoRotateJob", "eventPublicationJob");

    private static final String EXECUTOR_APP_NAME = "taoshu-admin-executor";

    /** Spring placeholders that name an environment variable: upper case, digits, underscores. */
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /** Variables whose value must come from compose interpolation, never a literal in the file. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|KEY|ACCESS_TOKEN|ACCESSTOKEN)$");

    private static Path root;
    private static Map<String, Object> services;

    @BeforeAll
    static void loadCompose() throws IOException {
        root = findRepoRoot();
        Path compose = root.resolve("docker-compose.yml");
        assertThat(compose).as("docker-compose.yml at the repository root").isRegularFile();
        try (Reader reader = Files.newBufferedReader(compose, StandardCharsets.UTF_8)) {
            Map<String, Object> doc = new Yaml().load(reader);
            services = map(doc.get("services"), "services");
        }
    }

    @Test
    void infrastructureServicesUseTheAgreedImages() {
        assertThat(services).containsKeys("mysql", "redis", "xxl-job-admin");
        assertThat(image("mysql")).isEqualTo("mysql:8.4");
        assertThat(image("redis")).startsWith("redis:7");
        assertThat(image("xxl-job-admin")).startsWith("xuxueli/xxl-job-admin:3.3.");
    }

    @Test
    void everyServiceHasAHealthcheck() {
        assertThat(services).containsKeys(APP_PORTS.keySet().toArray(String[]::new));
        for (String name : services.keySet()) {
            Map<String, Object> healthcheck = map(service(name).get("healthcheck"), name + ".healthcheck");
            assertThat(healthcheck.get("test")).as("%s.healthcheck.test", name).isNotNull();
        }
        for (Map.Entry<String, Integer> app : APP_PORTS.entrySet()) {
            String test = String.valueOf(map(service(app.getKey()).get("healthcheck"), "healthcheck").get("test"));
            assertThat(test).as("%s healthcheck", app.getKey())
                    .contains("/actuator/health")
                    .contains(":" + app.getValue());
        }
    }

    @Test
    void appPortsArePublished() {
        for (Map.Entry<String, Integer> app : APP_PORTS.entrySet()) {
            assertThat(publishedPorts(app.getKey())).as("%s publishes its port", app.getKey())
                    .contains(app.getValue() + ":" + app.getValue());
        }
    }

    @Test
    void appsSetEveryEnvironmentVariableTheConfigReads() throws IOException {
        Set<String> core = sharedEnvVars();
        assertThat(core).as("variables found in taoshu-core.yml (is the regex still right?)")
                .contains("TAOSHU_DB_URL", "TAOSHU_CRYPTO_KEY", "XXL_JOB_ADMIN_ADDRESSES");

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> app : APP_PORTS.entrySet()) {
            String module = app.getKey();
            Set<String> needed = new TreeSet<>(core);
            needed.addAll(envVarsIn(root.resolve(module + "/src/main/resources/application.yml")));
            Map<String, String> env = environment(module);
            for (String name : needed) {
                if (!env.containsKey(name)) {
                    problems.add(module + " does not set " + name);
                }
            }
            for (Map.Entry<String, String> e : env.entrySet()) {
                if (SECRET_NAME.matcher(e.getKey()).matches() && !e.getValue().startsWith("${")) {
                    problems.add(module + " sets secret " + e.getKey() + " to a literal; use ${VAR:?…} or ${VAR:-}");
                }
            }
            assertThat(env.get("SERVER_PORT")).as("%s SERVER_PORT", module).isEqualTo(app.getValue().toString());
        }
        assertThat(problems).as("docker-compose.yml environment").isEmpty();
    }

    @Test
    void appsAreBuiltFromTheRepositoryDockerfile() throws IOException {
        for (String module : APP_PORTS.keySet()) {
            Map<String, Object> build = map(service(module).get("build"), module + ".build");
            Path context = root.resolve(String.valueOf(build.getOrDefault("context", "."))).normalize();
            Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
            assertThat(dockerfile).as("%s Dockerfile", module).isRegularFile();
            Map<String, Object> args = map(build.get("args"), module + ".build.args");
            assertThat(args.get("MODULE")).as("%s build arg MODULE", module).isEqualTo(module);
            assertThat(context.resolve(module + "/pom.xml")).isRegularFile();

            String healthcheck = String.valueOf(map(service(module).get("healthcheck"), "healthcheck").get("test"));
            if (healthcheck.contains("curl")) {
                assertThat(Files.readString(dockerfile)).as("runtime image must provide curl for the healthcheck")
                        .containsPattern("apt-get install[^\\n]*curl|apk add[^\\n]*curl");
            }
        }
    }

    @Test
    void xxlJobSqlCreatesTheSchemaAndRegistersEveryJob() throws IOException {
        Path dir = root.resolve("sql/xxl-job");
        Path schema = dir.resolve("tables_xxl_job.sql");
        Path jobs = dir.resolve("taoshu_jobs.sql");
        assertThat(schema).isRegularFile();
        assertThat(jobs).isRegularFile();
        // docker-entrypoint-initdb.d runs files in alphabetical order: schema first.
        assertThat(schema.getFileName().toString()).isLessThan(jobs.getFileName().toString());

        String schemaSql = Files.readString(schema);
        assertThat(schemaSql).containsIgnoringCase("CREATE DATABASE IF NOT EXISTS `xxl_job`")
                .containsIgnoringCase("USE `xxl_job`")
                .contains("xxl_job_group", "xxl_job_info", "xxl_job_registry", "xxl_job_lock", "xxl_job_user")
                .contains("'admin'");

        String jobsSql = Files.readString(jobs);
        assertThat(jobsSql).contains("'" + EXECUTOR_APP_NAME + "'").contains("淘书任务执行器");
        for (String handler : JOB_HANDLERS) {
            assertThat(jobsSql).as("job handler %s registered", handler).contains("'" + handler + "'");
        }

        List<?> volumes = (List<?>) service("mysql").get("volumes");
        assertThat(volumes).as("mysql mounts sql/xxl-job as its init directory")
                .anySatisfy(v -> assertThat(String.valueOf(v)).matches("\\./sql/xxl-job/?:/docker-entrypoint-initdb\\.d(:ro)?"));
    }

    @Test
    void readmeDocumentsEveryEnvironmentVariable() throws IOException {
        Path readme = root.resolve("README.md");
        assertThat(readme).isRegularFile();
        String text = Files.readString(readme);
        Set<String> names = new TreeSet<>(sharedEnvVars());
        for (String module : APP_PORTS.keySet()) {
            names.addAll(envVarsIn(root.resolve(module + "/src/main/resources/application.yml")));
        }
        assertThat(names).as("environment variables missing from README.md")
                .filteredOn(name -> !Pattern.compile("\\b" + name + "\\b").matcher(text).find())
                .isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** Variables read by the shared configuration every app imports: library-core's taoshu-*.yml files. */
    private Set<String> sharedEnvVars() throws IOException {
        Set<String> names = new TreeSet<>();
        try (var files = Files.list(root.resolve("library-core/src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("taoshu-.*\\.yml")).toList()) {
                names.addAll(envVarsIn(file));
            }
        }
        return names;
    }

    private static Path findRepoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker-compose.yml")) && Files.isDirectory(p.resolve("library-core"))) {
                return p;
            }
        }
        // the expected layout: tests run in all-in-one/, the repository root is ..
        return dir.resolve("..").normalize();
    }

    static Set<String> envVarsIn(Path file) throws IOException {
        assertThat(file).isRegularFile();
        Set<String> names = new TreeSet<>();
        Matcher m = ENV_PLACEHOLDER.matcher(Files.readString(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, Object> service(String name) {
        return map(services.get(name), "services." + name);
    }

    private static String image(String name) {
        return String.valueOf(service(name).get("image"));
    }

    /** Environment in either compose form: a map, or a list of NAME=value strings. */
    private static Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> result = new TreeMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object item : list) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        } else if (env != null) {
            fail("services.%s.environment must be a map or a list, was %s", name, env);
        }
        return result;
    }

    /** Published ports as "host:container", from the short ("8080:8080", "127.0.0.1:8080:8080") or long form. */
    private static List<String> publishedPorts(String name) {
        List<String> result = new ArrayList<>();
        Object ports = service(name).get("ports");
        if (ports instanceof List<?> list) {
            for (Object port : list) {
                if (port instanceof Map<?, ?> m) {
                    result.add(m.get("published") + ":" + m.get("target"));
                } else {
                    String s = String.valueOf(port).replaceAll("/(tcp|udp)$", "");
                    String[] parts = s.split(":");
                    result.add(parts.length >= 2 ? parts[parts.length - 2] + ":" + parts[parts.length - 1] : s);
                }
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            fail("%s is missing or not a mapping in docker-compose.yml", what);
        }
        return (Map<String, Object>) value;
    }
}
