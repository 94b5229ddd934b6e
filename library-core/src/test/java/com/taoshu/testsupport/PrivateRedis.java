package com.taoshu.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Redis server of a test's own: {@code redis-server} on a free port of 127.0.0.1, nothing saved, started as a child
 * of the test JVM. A test that makes Redis lose its data flushes this one ({@link #flushAll}), one that takes Redis
 * away stops it ({@link #stop}, as a crash would) and starts it again empty ({@link #startAgain}); either points only
 * its own app context at it ({@link #register}) — never the shared Redis on 6379, which other checkouts' tests use.
 * <p>
 * The server runs under a shell that waits on its standard input and stops it when that closes, which happens on
 * {@link #close} and also when the JVM ends, however it ends (a killed JVM leaves no server behind).
 */
public final class PrivateRedis implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private final File log;
    private volatile Process process;

    private PrivateRedis(int port, File log) {
        this.port = port;
        this.log = log;
    }

    /** Starts a server and waits until it answers PING; it stops with the JVM at the latest. */
    public static PrivateRedis start() {
        try {
            int port = freePort();
            File log = File.createTempFile("private-redis-" + port + "-", ".log");
            log.deleteOnExit();
            PrivateRedis redis = new PrivateRedis(port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
            redis.startAgain();
            return redis;
        } catch (IOException e) {
            throw new IllegalStateException("redis-server could not be started", e);
        }
    }

    /** Starts the server (again, empty) on the same port and waits until it answers PING. */
    public synchronized void startAgain() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "\"$0\" \"$@\" & pid=$!; read _ignored; kill $pid; wait $pid", binary(),
                "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--daemonize", "no", "--loglevel", "warning"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
            Awaitility.await("private redis-server on port " + port).atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                    .until(() -> "+PONG".equals(command("PING")));
        } catch (IOException | RuntimeException e) {
            stop();
            throw new IllegalStateException("redis-server did not start: " + readLog(), e);
        }
    }

    /** Stops the server (its data is gone, as after a crash without persistence) and waits until its port refuses. */
    public synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        try {
            running.getOutputStream().close(); // the shell's read returns: it stops the server
            if (!running.waitFor(10, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        } catch (IOException e) {
            running.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
        process = null;
        Awaitility.await("private redis-server on port " + port + " stopped").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(() -> !accepting());
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String readLog() {
        try {
            return Files.readString(log.toPath());
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String binary() {
        return new File("/usr/bin/redis-server").canExecute() ? "/usr/bin/redis-server" : "redis-server";
    }

    public int port() {
        return port;
    }

    /** Points the test's app context (its Redisson client) at this server instead of the shared Redis. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> port);
        registry.add("spring.data.redis.password", () -> "");
        registry.add("spring.data.redis.database", () -> "0");
    }

    /** Everything in this server is gone, as after a restart without persistence or a failover to an empty replica. */
    public void flushAll() {
        String answer = command("FLUSHALL");
        if (!"+OK".equals(answer)) {
            throw new IllegalStateException("FLUSHALL on the private Redis answered " + answer);
        }
    }

    /** One command over the Redis protocol; the first line of the answer (a status, an error, a length…). */
    public String command(String... args) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            socket.setSoTimeout(5_000);
            StringBuilder request = new StringBuilder("*").append(args.length).append("\r\n");
            for (String arg : args) {
                request.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new IllegalStateException("private Redis on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
