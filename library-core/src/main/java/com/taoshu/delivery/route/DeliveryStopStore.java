package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.shared.history.Transition;
import java.util.Collection;
import java.util.List;
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
    private final DeliveryStopHistoryMapper history;

    public DeliveryStopStore(DeliveryStopMapper mapper, DeliveryStopHistoryMapper history) {
        this.mapper = mapper;
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

    /** The moves of these stops, oldest first. */
    public List<DeliveryStopHistory> history(Collection<Long> stopIds) {
        return stopIds.isEmpty() ? List.of() : history.selectList(Wrappers.<DeliveryStopHistory>lambdaQuery()
                .in(DeliveryStopHistory::getStopId, stopIds).orderByAsc(DeliveryStopHistory::getId));
    }

    private void writeHistory(DeliveryStop stop) {
        for (Transition<DeliveryStop.Status> t : stop.drainTransitions()) {
            history.insert(DeliveryStopHistory.of(stop.getId(), t));
        }
    }
}
