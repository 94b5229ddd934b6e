package com.taoshu.catalog.excel;

import java.util.List;

/** Result of an import: rows read, rows imported, rows refused, and why (Excel row number; the header is row 1). */
public record ImportReport(int total, int imported, int failed, List<RowError> errors) {

    public record RowError(int row, String column, String message) {
    }
}
