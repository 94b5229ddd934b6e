package com.taoshu.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of a test's own ({@code /usr/bin/redis-server} as a child process on a free port, no persistence),
 * which the test may stop and start again — never the shared Redis on 6379. It restarts empty, as a Redis without
 * persistence does after a crash.
 */
public final class PrivateRedis implements AutoCloseable {

    private static final String BINARY = "/usr/bin/redis-server";

    private final int port;
    private volatile Process process;

    private PrivateRedis(int port) {
        this.port = port;
    }

    /** Starts one on a free port and waits until it accepts connections. */
    public static PrivateRedis start() {
        PrivateRedis redis = new PrivateRedis(freePort());
        redis.startAgain();
        // a test JVM that ends without stopping it (a failed start, a killed run) leaves no redis-server behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process left = redis.process;
            if (left != null) {
                left.destroyForcibly();
            }
        }, "private-redis-stop"));
        return redis;
    }

    public int port() {
        return port;
    }

    /** Starts the server again on the same port (empty). */
    public synchronized void startAgain() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(BINARY, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + BINARY, e);
        }
        Process started = process;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    if (!started.isAlive()) {
                        throw new IllegalStateException("redis-server on port " + port + " exited with " + started.exitValue());
                    }
                    return accepting();
                });
    }

    /** Kills the server (as a crash would) and waits until its port refuses connections. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server on port " + port + " did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        process = null;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> !accepting());
    }

    @Override
    public void close() {
        stop();
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
