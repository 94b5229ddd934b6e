package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.shared.history.Transition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes delivery stops: every insert and update writes the stop's drained status moves to delivery_stop_history, in
 * the caller's transaction. A stop that changes status is written only through here.
 */
@Component
public class DeliveryStopStore {

    private final DeliveryStopMapper mapper;
    private final DeliveryRouteMapper routes;
    private final DeliveryStopHistoryMapper history;

    public DeliveryStopStore(DeliveryStopMapper mapper, DeliveryRouteMapper routes, DeliveryStopHistoryMapper history) {
        this.mapper = mapper;
        this.routes = routes;
        this.history = history;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(DeliveryStop stop) {
        mapper.insert(stop);
        writeHistory(stop);
    }

    /**
     * Under the stop's optimistic version: 0 when it changed meanwhile (nothing is recorded then; the caller decides
     * what that means and rolls back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int save(DeliveryStop stop) {
        int rows = mapper.updateById(stop);
        if (rows == 1) {
            writeHistory(stop);
        }
        return rows;
    }

    /**
     * A return pickup cancelled before its courier set off: its PLANNED stop leaves its route, and the route goes too
     * when nothing is left on it and it has not set off. (The stop's history rows stay: the log is append-only.)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removePlannedPickup(long pickupId) {
        for (DeliveryStop stop : mapper.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .eq(DeliveryStop::getReturnPickupId, pickupId).eq(DeliveryStop::getStatus, DeliveryStop.Status.PLANNED))) {
            mapper.deleteById(stop.getId());
            if (mapper.selectCount(Wrappers.<DeliveryStop>lambdaQuery().eq(DeliveryStop::getRouteId, stop.getRouteId())) == 0) {
                routes.delete(Wrappers.<DeliveryRoute>lambdaQuery().eq(DeliveryRoute::getId, stop.getRouteId())
                        .eq(DeliveryRoute::getStatus, DeliveryRoute.Status.PLANNED));
            }
        }
    }

    private void writeHistory(DeliveryStop stop) {
        for (Transition<DeliveryStop.Status> t : stop.drainTransitions()) {
            history.insert(DeliveryStopHistory.of(stop.getId(), t));
        }
    }
}
