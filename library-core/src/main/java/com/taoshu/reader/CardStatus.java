package com.taoshu.reader;

public enum CardStatus {
    ACTIVE("正常"),
    SUSPENDED("已暂停");

    private final String label;

    CardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
