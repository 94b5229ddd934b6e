package com.taoshu.notify;

import com.taoshu.testsupport.FakeHttpServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WeChat's {@code /cgi-bin/message/subscribe/send} on a fake server (the test's FakeWeChat, which also serves
 * {@code /cgi-bin/token}), scripted per recipient openid: errcode 0 (the default), any errcode, an HTTP status with
 * no JSON, or a hang longer than the client's timeout. The server records every request.
 */
public final class FakeSubscribeWeChat {

    public static final String PATH = "/cgi-bin/message/subscribe/send";

    public sealed interface Answer {
    }

    public record Errcode(int code, String msg) implements Answer {
    }

    public record HttpStatus(int status) implements Answer {
    }

    public record Hang(Duration duration) implements Answer {
    }

    public static final Answer OK = new Errcode(0, "ok");

    private final FakeHttpServer server;
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();

    private FakeSubscribeWeChat(FakeHttpServer server) {
        this.server = server;
    }

    public static FakeSubscribeWeChat attachTo(FakeHttpServer server) {
        FakeSubscribeWeChat fake = new FakeSubscribeWeChat(server);
        server.on(PATH, fake::answer);
        return fake;
    }

    /** The next answers to sends to this openid, in order; after them, errcode 0. */
    public void script(String openid, Answer... answers) {
        scripts.computeIfAbsent(openid, k -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    public List<FakeHttpServer.Request> sendsTo(String openid) {
        return server.requests(PATH).stream().filter(r -> r.body().contains("\"touser\":\"" + openid + "\"")).toList();
    }

    private FakeHttpServer.Response answer(FakeHttpServer.Request request) {
        String openid = request.body().replaceAll("(?s).*\"touser\":\"([^\"]*)\".*", "$1");
        Deque<Answer> script = scripts.get(openid);
        Answer answer;
        synchronized (this) {
            answer = script == null || script.isEmpty() ? OK : script.poll();
        }
        return switch (answer) {
            case Errcode e -> FakeHttpServer.Response.json("{\"errcode\":" + e.code() + ",\"errmsg\":\"" + e.msg() + "\"}");
            case HttpStatus h -> new FakeHttpServer.Response(h.status(), "<html>" + h.status() + " Internal Server Error</html>");
            case Hang h -> {
                try {
                    Thread.sleep(h.duration().toMillis()); // the fake's own latency, longer than the client waits
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield FakeHttpServer.Response.json("{\"errcode\":0,\"errmsg\":\"ok\"}");
            }
        };
    }
}
