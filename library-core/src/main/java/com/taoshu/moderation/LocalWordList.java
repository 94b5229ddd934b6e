package com.taoshu.review;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.deny.WordDenys;
import com.github.houbb.sensitive.word.support.resultcondition.WordResultConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The sensitive-word check of reader text (houbb sensitive-word: its maintained dictionary, matching through
 * full/half width, case and traditional/simplified forms) plus the configured {@code taoshu.reviews.blocked-words};
 * {@code allowed-words} lifts the dictionary's false alarms for a library (book titles naming people or history).
 * Number, e-mail, URL and IP checks are off (ISBNs and call numbers are fine in a review), English entries match whole
 * words only.
 * A refusal never echoes the word.
 */
@Component
@EnableConfigurationProperties(ReviewProperties.class)
public class ReviewTextFilter {

    private final SensitiveWordBs words;

    public ReviewTextFilter(ReviewProperties properties) {
        this.words = SensitiveWordBs.newInstance()
                .wordDeny(WordDenys.chains(WordDenys.defaults(), properties::blockedWords))
                .wordAllow(WordAllows.chains(WordAllows.defaults(), properties::allowedWords))
                .enableNumCheck(false)
                .enableEmailCheck(false)
                .enableUrlCheck(false)
                .enableIpv4Check(false)
                // an English entry matches whole words only: "ISBN" is not "SB"
                .wordResultCondition(WordResultConditions.englishWordMatch())
                .init();
    }

    public boolean acceptable(String text) {
        return text == null || text.isBlank() || !words.contains(text);
    }

    /** 400 INAPPROPRIATE_TEXT when the text contains a refused word. */
    public void check(String text) {
        if (!acceptable(text)) {
            throw ReviewErrorCode.INAPPROPRIATE_TEXT.exception();
        }
    }
}
