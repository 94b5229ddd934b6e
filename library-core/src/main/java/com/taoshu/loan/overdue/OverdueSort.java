package com.taoshu.loan.overdue;

/** How the overdue list is ordered (a fixed SQL fragment per value: never user text in ORDER BY). */
public enum OverdueSort {
    /** Longest overdue first (the default). */
    DAYS_DESC("l.due_date ASC, l.id ASC"),
    DAYS_ASC("l.due_date DESC, l.id DESC"),
    /** Grouped by reader, longest overdue first within a reader. */
    READER("l.reader_id ASC, l.due_date ASC, l.id ASC");

    private final String orderBy;

    OverdueSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getOrderBy() {
        return orderBy;
    }
}
