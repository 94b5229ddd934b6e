package com.taoshu.review;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code taoshu.reviews}: words refused in review text on top of the filter's built-in dictionary
 * ({@code blocked-words}), and words the dictionary flags wrongly for a library ({@code allowed-words}).
 */
@ConfigurationProperties("taoshu.reviews")
public record ReviewProperties(List<String> blockedWords, List<String> allowedWords) {

    public ReviewProperties {
        blockedWords = blockedWords == null ? List.of() : blockedWords.stream().filter(w -> w != null && !w.isBlank()).map(String::trim).toList();
        allowedWords = allowedWords == null ? List.of() : allowedWords.stream().filter(w -> w != null && !w.isBlank()).map(String::trim).toList();
    }
}
