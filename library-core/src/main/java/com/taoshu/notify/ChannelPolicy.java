package com.taoshu.notify;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which channels a notice takes — the one place that decides it, per kind.
 * <ul>
 *   <li><b>消息中心 (inbox)</b>: always. The notice row is the inbox entry, written when it is queued.</li>
 *   <li><b>微信订阅消息</b>: when a template is configured for the kind, the reader has a WeChat identity and holds a
 *       consent for that template (one per tap on "allow"); the outbox takes one consent per send.</li>
 *   <li><b>短信</b>: for urgent kinds only — overdue, ready for pickup (also a reservation's book on the shelf) and
 *       delivery today — when the reader opted in to SMS, or when WeChat does not reach them (no consent left, no
 *       template, WeChat refused); and only when SMS is configured, the kind has an SMS template, the reader has a phone
 *       and is under the daily cap. At most once per notice.</li>
 * </ul>
 */
public final class ChannelPolicy {

    static final Set<NoticeKind> URGENT = EnumSet.of(NoticeKind.OVERDUE, NoticeKind.READY_FOR_PICKUP,
            NoticeKind.RESERVATION_AVAILABLE, NoticeKind.OUT_FOR_DELIVERY);
    /** Tencent Cloud limits each template variable; ours stay short. */
    static final int MAX_SMS_PARAM = 20;

    private ChannelPolicy() {
    }

    public static boolean urgent(NoticeKind kind) {
        return URGENT.contains(kind);
    }

    /** SMS is wanted for an urgent notice the reader chose SMS for, or that WeChat does not bring them. */
    public static boolean smsWanted(NoticeKind kind, boolean optedIn, boolean weChatReaches) {
        return urgent(kind) && (optedIn || !weChatReaches);
    }

    /**
     * The SMS template's parameters, {1} {2} {3} in this order (the templates approved at Tencent Cloud must use them so):
     * overdue — title, overdue days, branch; ready for pickup / reservation on the shelf — titles, branch, deadline;
     * delivery today — titles, courier, ETA.
     */
    public static List<String> smsParams(NoticeKind kind, Map<String, String> payload) {
        List<String> keys = switch (kind) {
            case OVERDUE -> List.of("title", "overdueDays", "branchName");
            case READY_FOR_PICKUP, RESERVATION_AVAILABLE -> List.of("titles", "branchName", "deadline");
            case OUT_FOR_DELIVERY -> List.of("titles", "courier", "eta");
            default -> List.of();
        };
        return keys.stream().map(k -> Texts.clip(payload.getOrDefault(k, ""), MAX_SMS_PARAM)).toList();
    }
}
