package com.taoshu.catalog.excel;

import com.taoshu.catalog.BookDraft;
import com.taoshu.catalog.Isbn;
import com.taoshu.shared.error.BizException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One data row of the import sheet, fully validated: {@link #parse} reports every problem of the row (column and
 * Chinese message), not just the first. Whether the branch code exists is checked by the caller.
 */
record ImportRow(int rowNumber, Isbn isbn, BookDraft draft, String categoryName, String branchCode, int copies,
                 String shelfLocation) {

    static final int MAX_COPIES = 50;

    sealed interface Parsed permits Valid, Invalid {
    }

    record Valid(ImportRow row) implements Parsed {
    }

    record Invalid(List<ImportReport.RowError> errors) implements Parsed {
    }

    /** @param cells the row's text by column; {@code maxYear} is next year (books announced ahead) */
    static Parsed parse(int rowNumber, Map<ImportColumn, String> cells, int maxYear, Function<String, String> branchProblem) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        Reader r = new Reader(rowNumber, cells, errors);

        Isbn isbn = null;
        String rawIsbn = r.text(ImportColumn.ISBN, 20);
        if (rawIsbn == null) {
            r.error(ImportColumn.ISBN, "ISBN 不能为空");
        } else {
            try {
                isbn = Isbn.parse(rawIsbn);
            } catch (BizException e) {
                r.error(ImportColumn.ISBN, e.userMessage());
            }
        }
        String title = r.required(ImportColumn.TITLE, 255);
        String author = r.required(ImportColumn.AUTHOR, 255);
        String publisher = r.text(ImportColumn.PUBLISHER, 128);
        Integer year = r.integer(ImportColumn.PUBLISH_YEAR, 1000, maxYear);
        String category = r.text(ImportColumn.CATEGORY, 64);
        String summary = r.text(ImportColumn.SUMMARY, 5000);
        BigDecimal price = r.price(ImportColumn.PRICE);
        Integer copies = r.integer(ImportColumn.COPIES, 0, MAX_COPIES);
        String branchCode = r.text(ImportColumn.BRANCH_CODE, 32);
        String shelf = r.text(ImportColumn.SHELF_LOCATION, 64);
        int copyCount = copies == null ? 0 : copies;
        if (branchCode == null && copyCount > 0) {
            r.error(ImportColumn.BRANCH_CODE, "复本数大于0时必须填写分馆编码");
        } else if (branchCode != null) {
            String problem = branchProblem.apply(branchCode);
            if (problem != null) {
                r.error(ImportColumn.BRANCH_CODE, problem);
            }
        }
        if (!errors.isEmpty()) {
            return new Invalid(List.copyOf(errors));
        }
        BookDraft draft = new BookDraft(isbn.value(), title, author, publisher, year, null, summary, null, price);
        return new Valid(new ImportRow(rowNumber, isbn, draft, category, branchCode, copyCount, shelf));
    }

    /** Reads typed values from the row's cells, recording a {@link ImportReport.RowError} for each bad one. */
    private record Reader(int rowNumber, Map<ImportColumn, String> cells, List<ImportReport.RowError> errors) {

        void error(ImportColumn column, String message) {
            errors.add(new ImportReport.RowError(rowNumber, column.header(), message));
        }

        String text(ImportColumn column, int maxLength) {
            String value = cells.get(column);
            if (value == null || value.isBlank()) {
                return null;
            }
            String trimmed = value.trim();
            if (trimmed.length() > maxLength) {
                error(column, column.header() + "不能超过" + maxLength + "个字");
                return null;
            }
            return trimmed;
        }

        String required(ImportColumn column, int maxLength) {
            boolean blank = cells.get(column) == null || cells.get(column).isBlank();
            String value = text(column, maxLength);
            if (blank) {
                error(column, column.header() + "不能为空");
            }
            return value;
        }

        Integer integer(ImportColumn column, int min, int max) {
            BigDecimal number = number(column);
            if (number == null) {
                return null;
            }
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                    || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                error(column, column.header() + "应为" + min + "到" + max + "之间的整数");
                return null;
            }
            return number.intValueExact();
        }

        BigDecimal price(ImportColumn column) {
            BigDecimal number = number(column);
            if (number == null) {
                return null;
            }
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 2
                    || number.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                error(column, column.header() + "应为不小于0的金额（最多两位小数）");
                return null;
            }
            return number;
        }

        private BigDecimal number(ImportColumn column) {
            String value = text(column, 20);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                error(column, column.header() + "「" + value + "」不是数字");
                return null;
            }
        }
    }
}
