package com.taoshu.delivery.pickup;

import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads and saves return pickups; every save writes the drained transitions to return_pickup_history. */
@Component
public class ReturnPickupStore {

    private final ReturnPickupMapper mapper;
    private final ReturnPickupHistoryMapper history;

    public ReturnPickupStore(ReturnPickupMapper mapper, ReturnPickupHistoryMapper history) {
        this.mapper = mapper;
        this.history = history;
    }

    public ReturnPickup get(long id) {
        ReturnPickup pickup = mapper.selectById(id);
        if (pickup == null) {
            throw ReturnPickupErrorCode.PICKUP_NOT_FOUND.exception();
        }
        return pickup;
    }

    /** A pickup at the desk: another branch's is "not found" to a librarian. */
    public ReturnPickup visibleTo(StaffPrincipal by, long id) {
        return BranchScope.visible(by, mapper.selectById(id), ReturnPickup::getBranchId, ReturnPickupErrorCode.PICKUP_NOT_FOUND);
    }

    /** The reader's own pickup; anyone else's is "not found". */
    public ReturnPickup owned(ReaderId reader, long id) {
        ReturnPickup pickup = mapper.selectById(id);
        if (pickup == null || pickup.getReaderId() != reader.value()) {
            throw ReturnPickupErrorCode.PICKUP_NOT_FOUND.exception();
        }
        return pickup;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(ReturnPickup pickup) {
        mapper.insert(pickup);
        writeHistory(pickup);
    }

    /** Optimistic: a concurrent change of the same pickup makes this a 409 (the caller's transaction rolls back). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(ReturnPickup pickup) {
        if (mapper.updateById(pickup) == 0) {
            throw ReturnPickupErrorCode.BAD_STATE.exception("上门取书单刚刚被其他操作更新，请刷新后重试");
        }
        writeHistory(pickup);
    }

    private void writeHistory(ReturnPickup pickup) {
        for (Transition<ReturnPickup.Status> t : pickup.drainTransitions()) {
            history.insert(ReturnPickupHistory.of(pickup.getId(), t));
        }
    }
}
