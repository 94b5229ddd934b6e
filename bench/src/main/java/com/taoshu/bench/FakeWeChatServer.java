package com.taoshu.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WeChat's API as the outbox sender uses it, on 127.0.0.1 and a free port: {@code /cgi-bin/token} (and
 * {@code /cgi-bin/stable_token}) hand out an access_token, {@code /cgi-bin/message/subscribe/send} answers
 * {@code {"errcode":0,"errmsg":"ok"}} at once. Counts what it received, so a bench can compare it with the SENT rows.
 */
final class FakeWeChatServer implements AutoCloseable {

    static final String SEND_PATH = "/cgi-bin/message/subscribe/send";

    private final HttpServer server;
    private final ExecutorService pool;
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();

    private FakeWeChatServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    static FakeWeChatServer start(int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fake-wechat");
            t.setDaemon(true);
            return t;
        });
        FakeWeChatServer fake = new FakeWeChatServer(server, pool);
        server.createContext("/cgi-bin/token", fake::token);
        server.createContext("/cgi-bin/stable_token", fake::token);
        server.createContext(SEND_PATH, fake::send);
        server.setExecutor(pool);
        server.start();
        return fake;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Subscribe-message requests received so far (each a message WeChat would have delivered). */
    long sends() {
        return sends.get();
    }

    long tokensIssued() {
        return tokens.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        drain(exchange);
        answer(exchange, "{\"access_token\":\"BENCH_TOKEN_" + tokens.incrementAndGet() + "\",\"expires_in\":7200}");
    }

    private void send(HttpExchange exchange) throws IOException {
        String body = drain(exchange);
        if (!body.contains("\"touser\"")) {
            answer(exchange, "{\"errcode\":47001,\"errmsg\":\"data format error\"}");
            return;
        }
        sends.incrementAndGet();
        answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    private static String drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
