package com.taoshu.notify;

/** Small text helpers for notices (WeChat limits field lengths; our columns too). */
final class Texts {

    private Texts() {
    }

    /** At most {@code max} characters (code points), with an ellipsis when cut. */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
        return text.substring(0, end) + "…";
    }
}
