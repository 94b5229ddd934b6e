package com.taoshu.order.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderLine;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;

/** One move of an order line (HELD → REJECTED | RELEASED | LENT): which order and line, from, to, who, why, when. */
@TableName("order_line_history")
public class OrderLineHistory extends StatusHistory<LineStatus> {

    private Long orderId;
    private Long lineId;

    public static OrderLineHistory of(OrderLine line, Transition<LineStatus> t) {
        OrderLineHistory h = new OrderLineHistory();
        h.orderId = line.getOrderId();
        h.lineId = line.getId();
        h.record(t);
        return h;
    }

    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public Long getLineId() { return lineId; }
    public void setLineId(Long lineId) { this.lineId = lineId; }
}
