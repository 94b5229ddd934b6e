package com.taoshu.notify;

/**
 * A notice's life in the outbox. PENDING → SENDING (claimed by one job run) → SENT | SKIPPED | FAILED, or back to
 * PENDING for a retry. FAILED goes back to PENDING only when a librarian resends it.
 */
public enum NoticeStatus {
    PENDING("待发送"),
    SENDING("发送中"),
    SENT("已发送"),
    SKIPPED("未发送"),
    FAILED("发送失败");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
