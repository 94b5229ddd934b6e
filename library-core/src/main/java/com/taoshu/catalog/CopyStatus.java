package com.taoshu.catalog;

import com.taoshu.shared.lifecycle.Labelled;
import java.util.EnumSet;
import java.util.Set;

/** Where a physical copy (复本) is. HELD and ON_LOAN belong to orders and loans; librarians set only the others. */
public enum CopyStatus implements Labelled {
    AVAILABLE("在架"),
    HELD("已预留(暂存)"),
    ON_LOAN("借出"),
    IN_TRANSIT("运送中"),
    LOST("遗失"),
    DAMAGED("损坏"),
    WITHDRAWN("已剔除");

    private static final Set<CopyStatus> SET_BY_HAND = EnumSet.of(AVAILABLE, DAMAGED, LOST, WITHDRAWN);
    private static final Set<CopyStatus> IN_CIRCULATION = EnumSet.of(HELD, ON_LOAN);
    /** Copies a branch has in hand: on its shelf, held for an order or lent out (not on their way, not gone). */
    public static final Set<CopyStatus> ON_HAND = EnumSet.of(AVAILABLE, HELD, ON_LOAN);
    /** Copies that no longer count as holdings (馆藏) for readers and reports. */
    public static final Set<CopyStatus> GONE = EnumSet.of(LOST, WITHDRAWN);

    private final String label;

    CopyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean settableByHand() {
        return SET_BY_HAND.contains(this);
    }

    /** Held for an order or out on loan: only the order/loan flow may move it. */
    public boolean inCirculation() {
        return IN_CIRCULATION.contains(this);
    }

    public boolean countsAsHolding() {
        return !GONE.contains(this);
    }

    /** The librarian's manual change rule: never a copy in circulation, only to a hand-settable status. */
    public void checkManualChangeTo(CopyStatus target) {
        if (inCirculation()) {
            throw CatalogErrorCode.COPY_IN_CIRCULATION.exception(
                    "该复本当前为「" + label + "」，其状态由订单/借阅流程管理，不能手工修改");
        }
        if (!target.settableByHand()) {
            throw CatalogErrorCode.COPY_STATUS_NOT_MANUAL.exception();
        }
    }
}
