package com.taoshu.loan;

import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;

public enum LoanStatus implements LifecycleStatus<LoanStatus> {
    ACTIVE("借阅中"),
    /** Handed to a courier at the door (return pickup): no longer with the reader, not yet checked in at the branch. */
    RETURN_COLLECTED("已上门取回，待入库"),
    RETURNED("已归还"),
    /** Closed without coming back: reported lost by the reader or a librarian (the copy is LOST). */
    LOST("已遗失"),
    /** Closed as damaged by a librarian (the copy is DAMAGED and leaves circulation). */
    DAMAGED("已损坏");

    private static final Lifecycle<LoanStatus> MOVES = Lifecycle.startingAt(ACTIVE)
            .move(ACTIVE, RETURN_COLLECTED, RETURNED, LOST, DAMAGED)
            .move(RETURN_COLLECTED, RETURNED)
            .build();

    private final String label;

    LoanStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Lifecycle<LoanStatus> lifecycle() {
        return MOVES;
    }

    /** What a reader or a librarian reads for a loan: an active loan past its due date is 已逾期, not 借阅中. */
    public String labelFor(long overdueDays) {
        return this == ACTIVE && overdueDays > 0 ? "已逾期" : label;
    }
}
