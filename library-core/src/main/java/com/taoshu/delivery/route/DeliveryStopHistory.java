package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;

@TableName("delivery_stop_history")
public class DeliveryStopHistory extends StatusHistory<DeliveryStop.Status> {

    private Long stopId;

    static DeliveryStopHistory of(long stopId, Transition<DeliveryStop.Status> t) {
        DeliveryStopHistory h = new DeliveryStopHistory();
        h.stopId = stopId;
        h.record(t);
        return h;
    }

    public Long getStopId() { return stopId; }
    public void setStopId(Long stopId) { this.stopId = stopId; }
}
