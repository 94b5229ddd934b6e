package com.taoshu.moderation;

/**
 * What moderation made of a text: {@code PASS} publish it, {@code REVIEW} keep it for a librarian (never refused),
 * {@code RISKY} refuse it. {@code source} says who decided (WeChat's msgSecCheck or the local list), {@code label} is
 * WeChat's label (e.g. 20001 时政, 20006 违法犯罪) when it gave one.
 */
public record Verdict(Outcome outcome, Source source, Integer label) {

    public enum Outcome { PASS, REVIEW, RISKY }

    public enum Source { WECHAT, LOCAL }

    public boolean refused() {
        return outcome == Outcome.RISKY;
    }

    public boolean needsReview() {
        return outcome == Outcome.REVIEW;
    }
}
