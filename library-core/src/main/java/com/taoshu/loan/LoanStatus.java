package com.taoshu.loan;

public enum LoanStatus {
    ACTIVE("借阅中"),
    /** Handed to a courier at the door (return pickup): no longer with the reader, not yet checked in at the branch. */
    RETURN_COLLECTED("已上门取回，待入库"),
    RETURNED("已归还");

    private final String label;

    LoanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
