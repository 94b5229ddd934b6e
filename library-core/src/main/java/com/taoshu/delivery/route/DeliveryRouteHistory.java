package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;

@TableName("delivery_route_history")
public class DeliveryRouteHistory extends StatusHistory<DeliveryRoute.Status> {

    private Long routeId;

    static DeliveryRouteHistory of(long routeId, Transition<DeliveryRoute.Status> t) {
        DeliveryRouteHistory h = new DeliveryRouteHistory();
        h.routeId = routeId;
        h.record(t);
        return h;
    }

    public Long getRouteId() { return routeId; }
    public void setRouteId(Long routeId) { this.routeId = routeId; }
}
