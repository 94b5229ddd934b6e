package com.taoshu.notify;

import com.taoshu.testsupport.FakeHttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tencent Cloud SMS ({@code SendSms}, API 2021-01-11) on a local HTTP server: the SDK posts its signed JSON to "/" of
 * the configured endpoint ({@code http://127.0.0.1:port}). Answers as Tencent does: a {@code SendStatusSet} with
 * {@code Code "Ok"} by default; per phone number a scripted failure, either an API error
 * ({@code Response.Error.Code}, e.g. {@code LimitExceeded.PhoneNumberDailyLimit}) or a per-number status code.
 */
public final class FakeTencentSms implements AutoCloseable {

    private final FakeHttpServer server = new FakeHttpServer();
    private final Map<String, String> apiErrors = new ConcurrentHashMap<>();

    public FakeTencentSms() {
        server.on("/", this::answer);
    }

    public String endpoint() {
        return server.baseUrl();
    }

    /** Sends to this number (13800000000 form) fail with this API error code. */
    public void failFor(String phone, String errorCode) {
        apiErrors.put("+86" + phone, errorCode);
    }

    /** Every SendSms request to this number (13800000000 form). */
    public List<FakeHttpServer.Request> sendsTo(String phone) {
        return server.requests("/").stream().filter(r -> r.body().contains("\"+86" + phone + "\"")).toList();
    }

    private FakeHttpServer.Response answer(FakeHttpServer.Request request) {
        String phone = request.body().replaceAll("(?s).*\"PhoneNumberSet\":\\[\"([^\"]*)\".*", "$1");
        String error = apiErrors.get(phone);
        if (error != null) {
            return FakeHttpServer.Response.json("""
                    {"Response":{"Error":{"Code":"%s","Message":"the number of SMS messages sent from a single mobile number every day exceeds the upper limit"},"RequestId":"fake-err-1"}}"""
                    .formatted(error));
        }
        return FakeHttpServer.Response.json("""
                {"Response":{"SendStatusSet":[{"SerialNo":"2640:%d","PhoneNumber":"%s","Fee":1,"SessionContext":"",
                "Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"fake-ok-1"}}"""
                .formatted(server.requests("/").size(), phone));
    }

    @Override
    public void close() {
        server.close();
    }
}
