package com.taoshu.notify;

import com.taoshu.notify.internal.NoticeFactsMapper;
import com.taoshu.order.OrderStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether a notice still tells the reader something true — decided per kind, in this one place, and checked each time
 * the outbox claims the notice, so before the first send and before every retry. Transient WeChat failures are
 * retried without an attempt limit; what ends the retrying is this check: a notice that no longer applies is SKIPPED
 * with the reason in its attempt log instead of being sent late, and any notice still unsent {@code expire-after}
 * after it was queued is SKIPPED as expired, whatever it is about, so nothing retries forever.
 */
@Component
public class NoticeRelevance {

    private static final Set<OrderStatus> BEFORE_DELIVERY = EnumSet.of(OrderStatus.APPROVED, OrderStatus.AWAITING_DISPATCH,
            OrderStatus.DISPATCHED);
    static final String LOAN_CHANGED = "借阅已归还或已续借，不再提醒";
    static final String PICKUP_CLOSED = "订单已取书或已关闭，不再提醒";
    static final String PICKUP_DEADLINE_PASSED = "已过取书截止时间，不再提醒";

    private final NoticeFactsMapper facts;
    private final NotifyProperties properties;

    public NoticeRelevance(NoticeFactsMapper facts, NotifyProperties properties) {
        this.facts = facts;
        this.properties = properties;
    }

    /** Why the notice should not be sent any more; empty while it still applies. */
    public Optional<String> obsoleteBecause(Notice notice, Map<String, String> payload, LocalDateTime now) {
        long subject = notice.getSubjectId();
        String reason = switch (notice.getKind()) {
            // a delivery order's approval is news until the courier sets off (then 配送中 says more)
            case ORDER_APPROVED -> orderIn(subject, BEFORE_DELIVERY, "订单已在配送或已结束，不再通知");
            // a final word about something that stays as it is: only the age limit ends it
            case ORDER_REJECTED, RESERVATION_CANCELLED, DELIVERY_APPLICATION, CARD_APPLICATION -> null;
            // the new slot is news until the courier comes (then 配送中 says more)
            case DELIVERY_REBOOKED -> orderIn(subject, BEFORE_DELIVERY, "订单已在配送或已结束，不再通知");
            // about a pickup waiting for its new slot: a retry later than that is out of date
            case PICKUP_REBOOKED -> pickupWaiting(subject, payload);
            case READY_FOR_PICKUP, PICKUP_DEADLINE -> onHoldingShelf(subject, now);
            // about the reservation, but the book waits on the shelf as the order in the payload
            case RESERVATION_AVAILABLE -> orderIdOf(payload).map(order -> onHoldingShelf(order, now)).orElse(PICKUP_CLOSED);
            case OUT_FOR_DELIVERY -> orderIn(subject, EnumSet.of(OrderStatus.OUT_FOR_DELIVERY), "配送已结束，不再通知");
            // "借期从今天开始计算": true only on the day of the delivery
            case DELIVERED -> notice.getCreatedAt().toLocalDate().equals(now.toLocalDate()) ? null : "送达当天未能发出，不再通知";
            case DUE_SOON -> loanReminder(subject, payload, now, true);
            case OVERDUE -> loanReminder(subject, payload, now, false);
        };
        if (reason == null && !notice.getCreatedAt().plus(properties.expireAfter()).isAfter(now)) {
            reason = "已过期：排队超过" + spoken(properties.expireAfter()) + "仍未发出";
        }
        return Optional.ofNullable(reason);
    }

    private String orderIn(long orderId, Set<OrderStatus> statuses, String otherwise) {
        return facts.orderState(orderId).filter(o -> statuses.contains(OrderStatus.valueOf(o.status()))).isPresent()
                ? null : otherwise;
    }

    private String pickupWaiting(long pickupId, Map<String, String> payload) {
        return facts.pickupState(pickupId)
                .filter(p -> ("REQUESTED".equals(p.status()) || "DISPATCHED".equals(p.status()))
                        && String.valueOf(p.slotId()).equals(payload.get("slotId")))
                .isPresent() ? null : "上门取还已改期或已结束，不再通知";
    }

    private String onHoldingShelf(long orderId, LocalDateTime now) {
        Optional<NoticeFactsMapper.OrderState> order = facts.orderState(orderId)
                .filter(o -> OrderStatus.valueOf(o.status()) == OrderStatus.READY_FOR_PICKUP);
        if (order.isEmpty()) {
            return PICKUP_CLOSED;
        }
        LocalDateTime deadline = order.get().pickupDeadline();
        return deadline != null && !deadline.isAfter(now) ? PICKUP_DEADLINE_PASSED : null;
    }

    /** A reminder about the loan as it was when queued: still out, same due date; "due soon" only until that date. */
    private String loanReminder(long loanId, Map<String, String> payload, LocalDateTime now, boolean dueSoon) {
        Optional<NoticeFactsMapper.LoanFacts> loan = facts.loan(loanId)
                .filter(l -> "ACTIVE".equals(l.status()) && l.dueDate().toString().equals(payload.get("dueDateIso")));
        if (loan.isEmpty()) {
            return LOAN_CHANGED;
        }
        return dueSoon && now.toLocalDate().isAfter(loan.get().dueDate()) ? "已过到期日，不再发送到期提醒" : null;
    }

    private static Optional<Long> orderIdOf(Map<String, String> payload) {
        try {
            return Optional.ofNullable(payload.get("orderId")).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String spoken(Duration d) {
        if (d.toHours() >= 24 && d.toHours() % 24 == 0) {
            return d.toDays() + "天";
        }
        return d.toMinutes() >= 60 && d.toMinutes() % 60 == 0 ? d.toHours() + "小时" : d.toMinutes() + "分钟";
    }
}
