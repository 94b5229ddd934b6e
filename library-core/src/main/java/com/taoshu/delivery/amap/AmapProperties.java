package com.taoshu.delivery.amap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** AMap web-service settings; tests point base-url at a fake server. */
@ConfigurationProperties("taoshu.amap")
public record AmapProperties(String key, String secret, String baseUrl, String city, Duration timeout, Integer qps) {

    public AmapProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://restapi.amap.com" : baseUrl.replaceAll("/+$", "");
        city = city == null || city.isBlank() ? "长沙" : city;
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        qps = qps == null || qps <= 0 ? 50 : qps;
    }
}
