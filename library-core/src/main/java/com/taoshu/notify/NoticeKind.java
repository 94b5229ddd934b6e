package com.taoshu.notify;

/**
 * What a notice tells the reader. Each kind has one subscribe-message template (configured under
 * {@code taoshu.notify.templates.<kind>}) and names the thing it is about (an order or a loan).
 * OUT_FOR_DELIVERY, DELIVERED, RESERVATION_AVAILABLE and RESERVATION_CANCELLED are enqueued by the delivery and
 * reservation features; DELIVERY_REBOOKED and PICKUP_REBOOKED when the planner moves a visit no route under way could
 * take to the next slot by itself.
 */
public enum NoticeKind {
    ORDER_APPROVED("审核通过", SubjectType.ORDER),
    ORDER_REJECTED("审核不通过", SubjectType.ORDER),
    READY_FOR_PICKUP("待取书", SubjectType.ORDER),
    PICKUP_DEADLINE("明天截止取书", SubjectType.ORDER),
    OUT_FOR_DELIVERY("配送中", SubjectType.ORDER),
    DELIVERED("已送达", SubjectType.ORDER),
    DUE_SOON("即将到期", SubjectType.LOAN),
    OVERDUE("已逾期", SubjectType.LOAN),
    RESERVATION_AVAILABLE("预约到书", SubjectType.RESERVATION),
    RESERVATION_CANCELLED("预约已取消", SubjectType.RESERVATION),
    DELIVERY_REBOOKED("配送已改约", SubjectType.ORDER),
    PICKUP_REBOOKED("取还已改约", SubjectType.RETURN_PICKUP),
    DELIVERY_APPLICATION("送书上门申请结果", SubjectType.APPLICATION),
    CARD_APPLICATION("诚信通申请结果", SubjectType.APPLICATION);

    public enum SubjectType { ORDER, LOAN, RESERVATION, RETURN_PICKUP, APPLICATION }

    private final String label;
    private final SubjectType subjectType;

    NoticeKind(String label, SubjectType subjectType) {
        this.label = label;
        this.subjectType = subjectType;
    }

    public String label() {
        return label;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    /** Loan reminders: a return or a renewal makes the pending ones obsolete. */
    public boolean isLoanReminder() {
        return this == DUE_SOON || this == OVERDUE;
    }
}
