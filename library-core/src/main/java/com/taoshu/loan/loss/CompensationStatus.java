package com.taoshu.loan.loss;

import com.taoshu.shared.lifecycle.Labelled;

/** UNPAID → PAID (the reader paid at the desk) | WAIVED (a librarian let it go, with a note). */
public enum CompensationStatus implements Labelled {
    UNPAID("待赔偿"),
    PAID("已赔偿"),
    WAIVED("已免除");

    private final String label;

    CompensationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
