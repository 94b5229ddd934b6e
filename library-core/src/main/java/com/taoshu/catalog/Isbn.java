package com.taoshu.catalog;

import java.util.Optional;

/**
 * An ISBN, always held as the 13-digit form. {@link #parse} accepts ISBN-13 or ISBN-10 with or without hyphens and
 * spaces (ISBN-10 may end in X); an ISBN-10 becomes 978 + its first nine digits + a new check digit.
 */
public record Isbn(String value) {

    public Isbn {
        if (value == null || !value.matches("97[89]\\d{10}") || checkDigit13(value) != value.charAt(12) - '0') {
            throw CatalogErrorCode.ISBN_INVALID.exception("ISBN「" + value + "」不是有效的13位 ISBN");
        }
    }

    /** Parses any accepted form; an invalid one is a {@link CatalogErrorCode#ISBN_INVALID} naming what is wrong. */
    public static Isbn parse(String raw) {
        String input = raw == null ? "" : raw.trim();
        if (input.isEmpty()) {
            throw CatalogErrorCode.ISBN_INVALID.exception("ISBN 不能为空");
        }
        String compact = input.replaceAll("[\\s-]", "").toUpperCase();
        if (compact.matches("\\d{9}[\\dX]")) {
            if (checkChar10(compact) != compact.charAt(9)) {
                throw CatalogErrorCode.ISBN_INVALID.exception("ISBN「" + input + "」校验位不正确");
            }
            String body = "978" + compact.substring(0, 9);
            return new Isbn(body + checkDigit13(body));
        }
        if (compact.matches("\\d{13}")) {
            if (!compact.startsWith("978") && !compact.startsWith("979")) {
                throw CatalogErrorCode.ISBN_INVALID.exception("ISBN「" + input + "」应以978或979开头");
            }
            if (checkDigit13(compact) != compact.charAt(12) - '0') {
                throw CatalogErrorCode.ISBN_INVALID.exception("ISBN「" + input + "」校验位不正确");
            }
            return new Isbn(compact);
        }
        throw CatalogErrorCode.ISBN_INVALID.exception("ISBN「" + input + "」应为10位或13位数字（10位的末位可为X）");
    }

    /** The ISBN if {@code raw} is one in any accepted form, else empty (for search boxes that take any text). */
    public static Optional<Isbn> tryParse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s-]", "").toUpperCase();
        if (!compact.matches("\\d{9}[\\dX]|\\d{13}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(compact));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The ISBN-10 form (only 978 ISBNs have one). */
    public Optional<String> isbn10() {
        if (!value.startsWith("978")) {
            return Optional.empty();
        }
        String body = value.substring(3, 12);
        return Optional.of(body + checkChar10(body));
    }

    @Override
    public String toString() {
        return value;
    }

    private static int checkDigit13(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    private static char checkChar10(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
