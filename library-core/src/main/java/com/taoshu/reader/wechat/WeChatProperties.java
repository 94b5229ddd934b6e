package com.taoshu.reader.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.modulith.NamedInterface;

/** WeChat mini-program credentials and API base URL (tests point it at a fake server). */
@NamedInterface("wechat")
@ConfigurationProperties("taoshu.wechat")
public record WeChatProperties(String appId, String secret, String apiBaseUrl) {

    public WeChatProperties {
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "https://api.weixin.qq.com" : stripSlash(apiBaseUrl);
    }

    public boolean configured() {
        return appId != null && !appId.isBlank() && secret != null && !secret.isBlank();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
