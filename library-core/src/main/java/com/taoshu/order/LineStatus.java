package com.taoshu.order;

/** A line is one title of an order with the copy held for it. */
public enum LineStatus {
    HELD("已预留"),
    REJECTED("未通过"),
    RELEASED("已释放"),
    LENT("已借出");

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
