package com.taoshu.reader;

import com.taoshu.shared.lifecycle.Labelled;

public enum CardStatus implements Labelled {
    ACTIVE("正常"),
    SUSPENDED("已暂停");

    private final String label;

    CardStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
