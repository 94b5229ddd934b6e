package com.taoshu.catalog.search;

/**
 * Why a title matched, best first: the ranking tiers of the readers' search. Among titles of one tier, those with
 * copies on the shelf at the chosen branch (else anywhere) come first, then the older record.
 */
public enum SearchMatch {
    ISBN(1000),
    TITLE_EXACT(900),
    TITLE_PREFIX(800),
    TITLE(700),
    AUTHOR_EXACT(650),
    AUTHOR(600),
    TITLE_PINYIN_EXACT(560),
    TITLE_PINYIN_PREFIX(540),
    /** The author's whole name in pinyin ("yuhua" → 余华): above a pinyin fragment inside a title (黑客与画家). */
    AUTHOR_PINYIN_EXACT(535),
    AUTHOR_PINYIN_PREFIX(530),
    TITLE_PINYIN(520),
    TITLE_INITIALS_EXACT(500),
    TITLE_INITIALS_PREFIX(480),
    TITLE_INITIALS(460),
    AUTHOR_PINYIN(440),
    AUTHOR_INITIALS(420),
    /** Every word of a query with spaces in the title, author or publisher ("三体 刘慈欣"). */
    WORDS(350),
    PUBLISHER(300),
    /** An empty query: new arrivals. */
    NONE(0);

    private final int score;

    SearchMatch(int score) {
        this.score = score;
    }

    /** The constant score a match of this tier gives (the query takes the best tier a title reaches). */
    public int score() {
        return score;
    }

    public static SearchMatch ofScore(float score) {
        for (SearchMatch m : values()) {
            if (Math.abs(m.score - score) < 0.5f) {
                return m;
            }
        }
        return NONE;
    }
}
