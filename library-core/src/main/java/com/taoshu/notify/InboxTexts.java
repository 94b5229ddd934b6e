package com.taoshu.notify;

import java.util.Map;

/**
 * The 消息中心 wording of each kind: a short title and one sentence built from the notice payload (the same variables
 * the subscribe-message fields use, see {@link NoticeDrafts}). Written into the notice row when it is queued.
 */
final class InboxTexts {

    static final int MAX_TITLE = 64;
    static final int MAX_BODY = 500;

    private InboxTexts() {
    }

    static String title(NoticeKind kind) {
        return switch (kind) {
            case ORDER_APPROVED -> "借书订单已审核通过";
            case ORDER_REJECTED -> "借书订单未通过审核";
            case READY_FOR_PICKUP -> "图书已放上暂存架，请取书";
            case PICKUP_DEADLINE -> "明天截止取书";
            case OUT_FOR_DELIVERY -> "图书配送中";
            case DELIVERED -> "图书已送达";
            case DUE_SOON -> "图书即将到期";
            case OVERDUE -> "图书已逾期";
            case RESERVATION_AVAILABLE -> "预约的书到馆了";
            case RESERVATION_CANCELLED -> "预约已取消";
            case DELIVERY_REBOOKED -> "送书时间已改约";
            case PICKUP_REBOOKED -> "上门取书时间已改约";
            case DELIVERY_APPLICATION -> "送书上门申请有结果了";
            case CARD_APPLICATION -> "诚信通申请有结果了";
        };
    }

    static String body(NoticeKind kind, Map<String, String> payload) {
        String pattern = switch (kind) {
            case ORDER_APPROVED -> "您的订单{orderNo}（{titles}）已审核通过，我们会尽快为您备书。";
            case ORDER_REJECTED -> "您的订单{orderNo}（{titles}）未通过审核。原因：{reason}";
            case READY_FOR_PICKUP -> "{titles}已放在{branchName}暂存架，请在{deadline}前凭订单取书。";
            case PICKUP_DEADLINE -> "{titles}还在{branchName}暂存架等您，取书截止时间为{deadline}，逾期订单将自动取消。";
            case OUT_FOR_DELIVERY -> "您的订单{orderNo}（{titles}）已由{courier}出发配送，预计{eta}送达。";
            case DELIVERED -> "您的订单{orderNo}（{titles}）已送达，借期从今天开始计算。";
            case DUE_SOON -> "《{title}》将于{dueDate}到期，请按时归还，也可以在小程序中续借。";
            case OVERDUE -> "《{title}》已于{dueDate}到期，已逾期{overdueDays}天，请尽快归还到{branchName}。";
            case RESERVATION_AVAILABLE -> "您预约的{titles}已到{branchName}，请在{deadline}前取书。";
            case RESERVATION_CANCELLED -> "您对《{title}》的预约已取消。原因：{reason}";
            case DELIVERY_REBOOKED -> "原定时段的配送员已无法送达，您的订单{orderNo}（{titles}）已自动改约到{slot}送书上门。";
            case PICKUP_REBOOKED -> "原定时段的配送员已无法上门，您的{books}本书改到{slot}上门取回。";
            case DELIVERY_APPLICATION, CARD_APPLICATION -> "您的{application}：{result}。{detail}";
        };
        String text = NoticeTemplates.fill(pattern, payload)
                .replace("预计送达", "今天送达")      // no ETA known
                .replace("原因：", payload.getOrDefault("reason", "").isBlank() ? "" : "原因：");
        return Texts.clip(text, MAX_BODY);
    }
}
