package com.taoshu.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WeChat API as our code uses it, with WeChat's real JSON shapes: {@code /cgi-bin/token},
 * {@code /sns/jscode2session} and {@code /wxa/business/getuserphonenumber}. Login codes script the answer:
 * {@code invalid-*} → 40029, {@code used-*} → 40163, {@code busy-*} → 45011, {@code down-*} → HTTP 502 with no JSON;
 * any other code {@code X} → openid {@code openid-X}.
 */
public class FakeWeChat extends FakeHttpServer {

    public static final String APP_ID = "wx-test-app";
    public static final String SECRET = "test-secret";

    private final AtomicInteger tokens = new AtomicInteger();

    public FakeWeChat() {
        on("/cgi-bin/token", r -> Response.json(
                "{\"access_token\":\"ACCESS_TOKEN_" + tokens.incrementAndGet() + "\",\"expires_in\":7200}"));
        on("/cgi-bin/stable_token", r -> Response.json(
                "{\"access_token\":\"ACCESS_TOKEN_" + tokens.incrementAndGet() + "\",\"expires_in\":7200}"));
        on("/sns/jscode2session", r -> session(r.param("js_code")));
        on("/wxa/business/getuserphonenumber", r -> phone(r.body()));
    }

    public int tokensIssued() {
        return tokens.get();
    }

    private static Response session(String code) {
        if (code == null || code.startsWith("invalid-")) {
            return Response.json("{\"errcode\":40029,\"errmsg\":\"invalid code, rid: 6592d2a3-1a2b3c4d\"}");
        }
        if (code.startsWith("used-")) {
            return Response.json("{\"errcode\":40163,\"errmsg\":\"code been used, rid: 6592d2a3-1a2b3c4e\"}");
        }
        if (code.startsWith("busy-")) {
            return Response.json("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit  mustslower  retry next minute\"}");
        }
        if (code.startsWith("down-")) {
            return new Response(502, "<html>Bad Gateway</html>");
        }
        String unionid = code.startsWith("union-") ? ",\"unionid\":\"union-" + code + "\"" : "";
        return Response.json("{\"session_key\":\"tiihtNczf5v6AKRyjwEUhQ==\",\"openid\":\"openid-" + code + "\"" + unionid + "}");
    }

    private static Response phone(String body) {
        if (body.contains("\"bad-")) {
            return Response.json("{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
        }
        String digits = body.replaceAll(".*\"code\"\\s*:\\s*\"phone-(\\d{11})\".*", "$1");
        String phone = digits.matches("\\d{11}") ? digits : "13800138000";
        return Response.json("{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\"" + phone
                + "\",\"purePhoneNumber\":\"" + phone + "\",\"countryCode\":\"86\",\"watermark\":{\"timestamp\":1637744274,\"appid\":\""
                + APP_ID + "\"}}}");
    }
}
