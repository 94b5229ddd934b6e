package com.taoshu.moderation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code taoshu.moderation}: the local fallback list — words refused on top of the sensitive-word dictionary
 * ({@code blocked-words}) and words the dictionary flags wrongly for a library ({@code allowed-words}: 上门 is the name of
 * the library's own delivery service, titles name people and history); whether WeChat's content check is used
 * ({@code wechat-check}, on by default when WeChat is configured).
 */
@ConfigurationProperties("taoshu.moderation")
public record ModerationProperties(List<String> blockedWords, List<String> allowedWords, Boolean wechatCheck) {

    public ModerationProperties {
        blockedWords = clean(blockedWords);
        allowedWords = clean(allowedWords);
        wechatCheck = wechatCheck == null || wechatCheck;
    }

    private static List<String> clean(List<String> words) {
        return words == null ? List.of() : words.stream().filter(w -> w != null && !w.isBlank()).map(String::trim).toList();
    }
}
