package com.taoshu.catalog.search.internal;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What search needs to know about a piece of Chinese text, from the two libraries that know it: simplified forms
 * (opencc4j) and pinyin readings (houbb pinyin). Text is compared in a folded form — NFKC (full-width → half-width),
 * lower case, traditional → simplified, one char for one char so positions map back to the original for highlighting.
 */
public final class ChineseText {

    /** Readings kept per text, so a title full of polyphonic characters cannot blow up the index. */
    static final int MAX_READING_VARIANTS = 24;

    private static final ConcurrentHashMap<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Character, List<String>> READINGS = new ConcurrentHashMap<>();

    private ChineseText() {
    }

    /** One character folded for comparison (NFKC, lower case, simplified); the same char if nothing applies. */
    public static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        char n = nfkc.length() == 1 ? Character.toLowerCase(nfkc.charAt(0)) : c;
        if (!isHan(n)) {
            return n;
        }
        return SIMPLIFIED.computeIfAbsent(n, ChineseText::simplifiedOf);
    }

    private static char simplifiedOf(char c) {
        if (!ZhConverterUtil.isTraditional(c)) {
            return c;
        }
        String simple = ZhConverterUtil.toSimple(String.valueOf(c));
        return simple == null || simple.length() != 1 ? c : simple.charAt(0);
    }

    /** The text folded char by char (same length as the input): what the analyzers index. */
    public static String folded(String text) {
        if (text == null) {
            return "";
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** Folded and without spaces or punctuation: the exact/prefix key ("《红楼梦》" and "紅樓夢" both give "红楼梦"). */
    public static String key(String text) {
        return keyWithOffsets(text).key();
    }

    /** A key and, for each of its chars, the index of the original char it came from. */
    public record Keyed(String key, int[] offsets) {
    }

    public static Keyed keyWithOffsets(String text) {
        if (text == null) {
            return new Keyed("", new int[0]);
        }
        StringBuilder key = new StringBuilder(text.length());
        int[] offsets = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                offsets[key.length()] = i;
                key.append(c);
            }
        }
        return new Keyed(key.toString(), java.util.Arrays.copyOf(offsets, key.length()));
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** True if the query can be pinyin: latin letters, spaces and apostrophes only ("hong lou meng", "xi'an"). */
    public static boolean looksLikePinyin(String query) {
        boolean letter = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'ü' || c == 'Ü') {
                letter = true;
            } else if (!Character.isWhitespace(c) && c != '\'') {
                return false;
            }
        }
        return letter;
    }

    /** A pinyin query as typed → the letters only, lower case, ü as v ("Hong Lou Meng" → "hongloumeng"). */
    public static String pinyinKey(String query) {
        StringBuilder sb = new StringBuilder(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = Character.toLowerCase(query.charAt(i));
            if (c == 'ü') {
                sb.append('v');
            } else if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A unit of text for pinyin: one Han character (its readings, the likeliest first) or a run of latin letters and
     * digits (itself). {@code start}/{@code end} index the original text.
     */
    public record Unit(int start, int end, List<String> readings) {

        String initialOf(String reading) {
            return reading.substring(0, 1);
        }
    }

    /** The text's units; punctuation and spaces separate units and belong to none. */
    public static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        if (text == null) {
            return units;
        }
        int i = 0;
        while (i < text.length()) {
            char c = fold(text.charAt(i));
            if (isHan(c)) {
                int runEnd = i;
                while (runEnd < text.length() && isHan(fold(text.charAt(runEnd)))) {
                    runEnd++;
                }
                addHanRun(units, text, i, runEnd);
                i = runEnd;
            } else if (Character.isLetterOrDigit(c) && c < 0x3000) {
                int end = i;
                StringBuilder run = new StringBuilder();
                while (end < text.length()) {
                    char d = fold(text.charAt(end));
                    if (!Character.isLetterOrDigit(d) || d >= 0x3000 || isHan(d)) {
                        break;
                    }
                    run.append(d == 'ü' ? 'v' : d);
                    end++;
                }
                units.add(new Unit(i, end, List.of(run.toString())));
                i = end;
            } else {
                i++;
            }
        }
        return units;
    }

    /** A run of Han characters: the phrase-aware reading of the run first, then every other reading of each char. */
    private static void addHanRun(List<Unit> units, String text, int start, int end) {
        StringBuilder folded = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            folded.append(fold(text.charAt(i)));
        }
        String[] likely = PinyinHelper.toPinyin(folded.toString(), PinyinStyleEnum.NORMAL, " ").split(" ");
        boolean aligned = likely.length == end - start;
        for (int i = start; i < end; i++) {
            List<String> all = readings(folded.charAt(i - start));
            Set<String> ordered = new LinkedHashSet<>();
            if (aligned) {
                String first = ascii(likely[i - start]);
                if (!first.isEmpty()) {
                    ordered.add(first);
                }
            }
            ordered.addAll(all);
            if (ordered.isEmpty()) {
                ordered.add(String.valueOf(folded.charAt(i - start)));
            }
            units.add(new Unit(i, i + 1, List.copyOf(ordered)));
        }
    }

    /** Every reading the library lists for a character, toneless, ü written v and also u (people type both). */
    static List<String> readings(char c) {
        return READINGS.computeIfAbsent(c, ch -> {
            Set<String> set = new LinkedHashSet<>();
            for (String r : PinyinHelper.toPinyinList(ch, PinyinStyleEnum.NORMAL)) {
                String a = ascii(r);
                if (!a.isEmpty()) {
                    set.add(a);
                }
                if (r.indexOf('ü') >= 0) {
                    set.add(r.replace('ü', 'u').toLowerCase(Locale.ROOT));
                }
            }
            return List.copyOf(set);
        });
    }

    private static String ascii(String reading) {
        StringBuilder sb = new StringBuilder(reading.length());
        for (int i = 0; i < reading.length(); i++) {
            char c = Character.toLowerCase(reading.charAt(i));
            if (c == 'ü') {
                sb.append('v');
            } else if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Reading variants of a unit list: the likeliest reading of every unit, then that with one polyphonic unit read
     * differently, each unit in turn, at most {@link #MAX_READING_VARIANTS} in all.
     */
    public static List<List<String>> readingVariants(List<Unit> units) {
        List<List<String>> variants = new ArrayList<>();
        List<String> likely = units.stream().map(u -> u.readings().getFirst()).toList();
        variants.add(likely);
        for (int i = 0; i < units.size() && variants.size() < MAX_READING_VARIANTS; i++) {
            List<String> readings = units.get(i).readings();
            for (int r = 1; r < readings.size() && variants.size() < MAX_READING_VARIANTS; r++) {
                List<String> variant = new ArrayList<>(likely);
                variant.set(i, readings.get(r));
                variants.add(variant);
            }
        }
        return variants;
    }
}
