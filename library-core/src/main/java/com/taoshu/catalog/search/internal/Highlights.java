package com.taoshu.catalog.search.internal;

import com.taoshu.catalog.search.SearchMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks what matched in a title or author with {@code <em>…</em>} (the rest HTML-escaped): the query's characters
 * (folded, so 紅樓 marks 红楼), or for pinyin the characters whose readings spell the query ("hlm", "hongloum").
 */
public final class Highlights {

    private Highlights() {
    }

    /** The text with the query's match marked; the escaped text when nothing can be pointed at. */
    public static String mark(String text, String query, SearchMatch match, boolean isAuthor) {
        if (text == null) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        String q = query == null ? "" : query.trim();
        boolean textTier = isAuthor
                ? match == SearchMatch.AUTHOR_EXACT || match == SearchMatch.AUTHOR || match == SearchMatch.WORDS
                : match == SearchMatch.TITLE_EXACT || match == SearchMatch.TITLE_PREFIX || match == SearchMatch.TITLE
                        || match == SearchMatch.WORDS;
        boolean pinyinTier = isAuthor
                ? match.name().startsWith("AUTHOR_PINYIN") || match == SearchMatch.AUTHOR_INITIALS
                : match.name().startsWith("TITLE_PINYIN") || match.name().startsWith("TITLE_INITIALS");
        if (textTier) {
            for (String word : q.split("\\s+")) {
                addTextSpan(spans, text, word);
            }
        } else if (pinyinTier) {
            boolean initials = match.name().contains("INITIALS");
            addPinyinSpan(spans, text, ChineseText.pinyinKey(q), initials);
        }
        return render(text, spans);
    }

    private static void addTextSpan(List<int[]> spans, String text, String word) {
        String key = ChineseText.key(word);
        if (key.isEmpty()) {
            return;
        }
        ChineseText.Keyed keyed = ChineseText.keyWithOffsets(text);
        int at = keyed.key().indexOf(key);
        if (at >= 0) {
            spans.add(new int[] {keyed.offsets()[at], keyed.offsets()[at + key.length() - 1] + 1});
        }
    }

    /** The first run of units from which some reading of each unit in turn spells the query (the last may be partial). */
    private static void addPinyinSpan(List<int[]> spans, String text, String py, boolean initials) {
        if (py.isEmpty()) {
            return;
        }
        List<ChineseText.Unit> units = ChineseText.units(text);
        for (int start = 0; start < units.size(); start++) {
            int end = spell(units, start, py, 0, initials);
            if (end > start) {
                spans.add(new int[] {units.get(start).start(), units.get(end - 1).end()});
                return;
            }
        }
    }

    /** The unit index after the spelled query, or -1. */
    private static int spell(List<ChineseText.Unit> units, int unit, String py, int at, boolean initials) {
        if (at == py.length()) {
            return unit;
        }
        if (unit == units.size()) {
            return -1;
        }
        for (String reading : units.get(unit).readings()) {
            String part = initials ? reading.substring(0, 1) : reading;
            String rest = py.substring(at);
            if (rest.startsWith(part)) {
                int end = spell(units, unit + 1, py, at + part.length(), initials);
                if (end >= 0) {
                    return end;
                }
            } else if (!initials && part.startsWith(rest)) {
                return unit + 1;
            }
        }
        return -1;
    }

    private static String render(String text, List<int[]> spans) {
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder(text.length() + 16);
        int pos = 0;
        for (int[] span : spans) {
            if (span[0] < pos) {
                continue;
            }
            escape(out, text, pos, span[0]);
            out.append("<em>");
            escape(out, text, span[0], span[1]);
            out.append("</em>");
            pos = span[1];
        }
        escape(out, text, pos, text.length());
        return out.toString();
    }

    private static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
