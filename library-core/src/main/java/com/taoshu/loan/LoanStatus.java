package com.taoshu.loan;

public enum LoanStatus {
    ACTIVE("借阅中"),
    RETURNED("已归还");

    private final String label;

    LoanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
