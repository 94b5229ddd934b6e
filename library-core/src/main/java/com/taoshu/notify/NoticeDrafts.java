package com.taoshu.notify;

import com.taoshu.notify.internal.NoticeFactsMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds notices from the facts they tell about. Payload variables (used in template field mappings):
 * orders — {@code orderId, orderNo, titles, books, branchName, deadline, reason, status, date};
 * loans — {@code title, branchName, dueDate, dueDateIso, overdueDays, date};
 * reservations cancelled at the desk — {@code reservationId, title, branchName, reason, status, date};
 * re-booked visits — orders' variables (deliveries) or {@code pickupId, books, branchName, status, date}, both with
 * {@code slot} (the new slot, "12月8日 10:00–12:00") and {@code slotId}.
 */
@Component
public class NoticeDrafts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final NoticeFactsMapper facts;

    public NoticeDrafts(NoticeFactsMapper facts) {
        this.facts = facts;
    }

    /** A notice about an order, dated by the day it happened ({@code dateKey}); empty when the order is gone. */
    public Optional<NoticeDraft> order(NoticeKind kind, long orderId, LocalDate today, String dateKey, Map<String, String> extra) {
        return facts.order(orderId).map(o -> {
            Map<String, String> payload = new LinkedHashMap<>();
            payload.put("orderId", Long.toString(o.id()));
            payload.put("orderNo", o.orderNo());
            payload.put("titles", o.titles() == null ? "" : o.titles());
            payload.put("books", Integer.toString(o.books()));
            payload.put("branchName", o.branchName());
            payload.put("deadline", o.pickupDeadline() == null ? "" : o.pickupDeadline().format(DATE_TIME));
            payload.put("status", kind.label());
            payload.put("date", today.format(DATE));
            payload.putAll(extra);
            return new NoticeDraft(o.readerId(), kind, o.id(), dateKey, payload);
        });
    }

    /** The desk took a reader out of a reservation queue; one notice per reservation. */
    public NoticeDraft reservationCancelled(long reservationId, long readerId, String title, long branchId, String reason,
                                            LocalDate today) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reservationId", Long.toString(reservationId));
        payload.put("title", title);
        payload.put("branchName", facts.branchName(branchId).orElse(""));
        payload.put("reason", reason);
        payload.put("status", NoticeKind.RESERVATION_CANCELLED.label());
        payload.put("date", today.format(DATE));
        return new NoticeDraft(readerId, NoticeKind.RESERVATION_CANCELLED, reservationId, "cancelled", payload);
    }

    /**
     * A decided application (送书上门 or 诚信通); one notice per application. {@code result} 已通过 / 未通过, with what
     * it means or why.
     */
    public NoticeDraft applicationDecided(NoticeKind kind, long applicationId, long readerId, boolean approved,
                                          String reason, LocalDate today) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("applicationId", Long.toString(applicationId));
        payload.put("application", kind == NoticeKind.CARD_APPLICATION ? "诚信通申请" : "送书上门申请");
        payload.put("status", kind.label());
        payload.put("result", approved ? "已通过" : "未通过");
        payload.put("detail", approved
                ? (kind == NoticeKind.CARD_APPLICATION ? "您的借阅证已升级为诚信通，借书更方便。" : "现在可以在借书车选择送书上门了。")
                : (reason == null || reason.isBlank() ? "如有疑问请联系图书馆。" : "原因：" + reason.trim()));
        payload.put("reason", reason == null ? "" : reason.trim());
        payload.put("date", today.format(DATE));
        return new NoticeDraft(readerId, kind, applicationId, "decided", payload);
    }

    /** A return pickup moved to another slot by the planner; one notice per new slot. */
    public NoticeDraft pickupRebooked(long pickupId, long readerId, long branchId, int books, long slotId, String slot,
                                      LocalDate today) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("pickupId", Long.toString(pickupId));
        payload.put("books", Integer.toString(books));
        payload.put("branchName", facts.branchName(branchId).orElse(""));
        payload.put("slot", slot);
        payload.put("slotId", Long.toString(slotId));
        payload.put("status", NoticeKind.PICKUP_REBOOKED.label());
        payload.put("date", today.format(DATE));
        return new NoticeDraft(readerId, NoticeKind.PICKUP_REBOOKED, pickupId, "slot" + slotId, payload);
    }

    /** A loan reminder; {@code dateKey} carries the due date so a renewal makes new reminders. */
    public NoticeDraft loan(NoticeKind kind, NoticeFactsMapper.LoanFacts loan, LocalDate today, String dateKey) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", loan.title());
        payload.put("branchName", loan.branchName());
        payload.put("dueDate", loan.dueDate().format(DATE));
        payload.put("dueDateIso", loan.dueDate().toString());
        payload.put("overdueDays", Long.toString(Math.max(0, ChronoUnit.DAYS.between(loan.dueDate(), today))));
        payload.put("status", kind.label());
        payload.put("date", today.format(DATE));
        return new NoticeDraft(loan.readerId(), kind, loan.id(), dateKey, payload);
    }
}
