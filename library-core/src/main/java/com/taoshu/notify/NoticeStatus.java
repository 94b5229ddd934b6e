package com.taoshu.notify;

import com.taoshu.notify.internal.NoticeMapper;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;

/**
 * A notice's life in the outbox. PENDING → SENDING (claimed by one job run) → SENT | SKIPPED | FAILED, or back to
 * PENDING for a retry; a PENDING notice that no longer applies is SKIPPED. FAILED goes back to PENDING only when a
 * librarian resends it. The SMS channel of a notice ({@code sms_status}) starts at SENDING, when one caller takes it.
 * The moves are conditional UPDATEs in {@link NoticeMapper}, each guarded by the status it starts from.
 */
public enum NoticeStatus implements LifecycleStatus<NoticeStatus> {
    PENDING("待发送"),
    SENDING("发送中"),
    SENT("已发送"),
    SKIPPED("未发送"),
    FAILED("发送失败");

    private static final Lifecycle<NoticeStatus> MOVES = Lifecycle.startingAt(PENDING, SENDING)
            .move(PENDING, SENDING, SKIPPED)
            .move(SENDING, SENT, SKIPPED, FAILED, PENDING)
            .move(FAILED, PENDING)
            .build();

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Lifecycle<NoticeStatus> lifecycle() {
        return MOVES;
    }
}
