package com.taoshu.moderation;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.deny.WordDenys;
import com.github.houbb.sensitive.word.support.resultcondition.WordResultConditions;
import org.springframework.stereotype.Component;

/**
 * The local fallback when WeChat's content check is unconfigured or unreachable: houbb sensitive-word (its maintained
 * dictionary, matching through full/half width, case and traditional/simplified forms) plus the configured
 * {@code taoshu.moderation.blocked-words}; {@code allowed-words} lifts the dictionary's false alarms for a library
 * (上门 — the library's own delivery service —, book titles naming people or history). Number, e-mail, URL and IP
 * checks are off (ISBNs and call numbers are fine), English entries match whole words only ("ISBN" is not "SB").
 */
@Component
public class LocalWordList {

    private final SensitiveWordBs words;

    public LocalWordList(ModerationProperties properties) {
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

    /** The words found (for tuning the allow list in tests; never shown to a reader). */
    java.util.List<String> found(String text) {
        return text == null ? java.util.List.of() : words.findAll(text);
    }
}
