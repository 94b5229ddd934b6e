package com.taoshu.notify;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code taoshu.notify.sms.*}: Tencent Cloud SMS for urgent notices. Off while the credentials, the SDK app id or the
 * signature are missing; a kind without a template id is not sent by SMS.
 *
 * @param secretId   Tencent Cloud API key (CAM), env {@code TAOSHU_SMS_SECRET_ID}
 * @param secretKey  its secret, env {@code TAOSHU_SMS_SECRET_KEY}
 * @param sdkAppId   the SMS application (SmsSdkAppId)
 * @param signName   the approved signature (签名), e.g. 淘书社区图书馆
 * @param region     API region (ap-guangzhou)
 * @param endpoint   API host, {@code sms.tencentcloudapi.com}; {@code http://127.0.0.1:port} in tests
 * @param dailyCap   at most this many SMS per reader per day (default 5)
 * @param templates  per urgent kind the approved template id; its parameters are fixed per kind ({@link ChannelPolicy})
 */
@ConfigurationProperties("taoshu.notify.sms")
public record SmsProperties(String secretId, String secretKey, String sdkAppId, String signName, String region,
                            String endpoint, Integer dailyCap, Duration timeout, Map<NoticeKind, String> templates) {

    public SmsProperties {
        region = blank(region) ? "ap-guangzhou" : region;
        endpoint = blank(endpoint) ? "sms.tencentcloudapi.com" : endpoint;
        dailyCap = dailyCap == null || dailyCap < 0 ? 5 : dailyCap;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    /** Credentials, application and signature all set. */
    public boolean configured() {
        return !blank(secretId) && !blank(secretKey) && !blank(sdkAppId) && !blank(signName);
    }

    public Optional<String> template(NoticeKind kind) {
        return Optional.ofNullable(templates.get(kind)).filter(t -> !blank(t));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
