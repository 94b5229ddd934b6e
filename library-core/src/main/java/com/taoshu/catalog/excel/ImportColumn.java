package com.taoshu.catalog.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of the title import sheet, in template order; header names are matched ignoring spaces and （）vs (). */
public enum ImportColumn {
    ISBN("ISBN", true),
    TITLE("书名", true),
    AUTHOR("作者", true),
    PUBLISHER("出版社", false),
    PUBLISH_YEAR("出版年", false),
    CATEGORY("分类", false),
    SUMMARY("简介", false),
    PRICE("价格(元)", false),
    BRANCH_CODE("分馆编码", false),
    COPIES("复本数", false),
    SHELF_LOCATION("架位", false);

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(ImportColumn::header).toList();
    }

    static Optional<ImportColumn> byHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = normalise(text);
        return Arrays.stream(values()).filter(c -> normalise(c.header).equalsIgnoreCase(normalised)).findFirst();
    }

    private static String normalise(String s) {
        return s.replace('（', '(').replace('）', ')').replaceAll("\\s", "");
    }
}
