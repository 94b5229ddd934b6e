package com.taoshu.delivery.route;

import com.taoshu.shared.history.Transition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes delivery routes: every insert and update writes the route's drained status moves to delivery_route_history,
 * in the caller's transaction. A route that changes status is written only through here.
 */
@Component
public class DeliveryRouteStore {

    private final DeliveryRouteMapper mapper;
    private final DeliveryRouteHistoryMapper history;

    public DeliveryRouteStore(DeliveryRouteMapper mapper, DeliveryRouteHistoryMapper history) {
        this.mapper = mapper;
        this.history = history;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(DeliveryRoute route) {
        mapper.insert(route);
        writeHistory(route);
    }

    /**
     * Under the route's optimistic version: 0 when it changed meanwhile (nothing is recorded then; the caller decides
     * what that means and rolls back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int save(DeliveryRoute route) {
        int rows = mapper.updateById(route);
        if (rows == 1) {
            writeHistory(route);
        }
        return rows;
    }

    private void writeHistory(DeliveryRoute route) {
        for (Transition<DeliveryRoute.Status> t : route.drainTransitions()) {
            history.insert(DeliveryRouteHistory.of(route.getId(), t));
        }
    }
}
