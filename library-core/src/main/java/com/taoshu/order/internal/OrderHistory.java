package com.taoshu.order.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.order.OrderStatus;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;

@TableName("order_history")
public class OrderHistory extends StatusHistory<OrderStatus> {

    private Long orderId;

    public static OrderHistory of(long orderId, Transition<OrderStatus> t) {
        OrderHistory h = new OrderHistory();
        h.orderId = orderId;
        h.record(t);
        return h;
    }

    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
}
