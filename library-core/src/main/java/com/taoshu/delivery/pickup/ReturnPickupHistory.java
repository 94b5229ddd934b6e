package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;

@TableName("return_pickup_history")
public class ReturnPickupHistory extends StatusHistory<ReturnPickup.Status> {

    private Long pickupId;

    static ReturnPickupHistory of(long pickupId, Transition<ReturnPickup.Status> t) {
        ReturnPickupHistory h = new ReturnPickupHistory();
        h.pickupId = pickupId;
        h.record(t);
        return h;
    }

    public Long getPickupId() { return pickupId; }
    public void setPickupId(Long pickupId) { this.pickupId = pickupId; }
}
