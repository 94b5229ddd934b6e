package com.taoshu.order;

import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;

/** A line is one title of an order with the copy held for it. */
public enum LineStatus implements LifecycleStatus<LineStatus> {
    HELD("已预留"),
    REJECTED("未通过"),
    RELEASED("已释放"),
    LENT("已借出");

    private static final Lifecycle<LineStatus> MOVES = Lifecycle.startingAt(HELD)
            .move(HELD, REJECTED, RELEASED, LENT)
            .build();

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Lifecycle<LineStatus> lifecycle() {
        return MOVES;
    }
}
