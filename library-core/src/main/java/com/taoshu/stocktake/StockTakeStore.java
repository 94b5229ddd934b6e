package com.taoshu.stocktake;

import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stocktake.internal.StockTakeHistory;
import com.taoshu.stocktake.internal.StockTakeHistoryMapper;
import com.taoshu.stocktake.internal.StockTakeMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Loads and saves stock-takes; every save writes the drained transitions to stock_take_history. */
@Component
class StockTakeStore {

    private final StockTakeMapper mapper;
    private final StockTakeHistoryMapper history;

    StockTakeStore(StockTakeMapper mapper, StockTakeHistoryMapper history) {
        this.mapper = mapper;
        this.history = history;
    }

    /** The take, if the staff member may see it; another branch's take is "not found" for a librarian. */
    StockTake get(StaffPrincipal by, long id) {
        return visible(by, mapper.selectById(id));
    }

    /** As {@link #get}, locking the take's row until the transaction ends (scans and finish of one take queue). */
    StockTake lock(StaffPrincipal by, long id) {
        return visible(by, mapper.lockById(id));
    }

    private static StockTake visible(StaffPrincipal by, StockTake take) {
        return BranchScope.visible(by, take, StockTake::getBranchId, StockTakeErrorCode.STOCK_TAKE_NOT_FOUND);
    }

    void insert(StockTake take) {
        try {
            mapper.insert(take);
        } catch (DuplicateKeyException e) {
            throw StockTakeErrorCode.ALREADY_OPEN.exception();
        }
        writeHistory(take);
    }

    void save(StockTake take) {
        if (mapper.updateById(take) == 0) {
            throw StockTakeErrorCode.BAD_STATE.exception("盘点单刚刚被其他操作更新，请刷新后重试");
        }
        writeHistory(take);
    }

    void record(StockTakeHistory entry) {
        history.insert(entry);
    }

    private void writeHistory(StockTake take) {
        for (StockTake.Transition t : take.drainTransitions()) {
            StockTakeHistory.Action action = switch (t.to()) {
                case OPEN -> StockTakeHistory.Action.STARTED;
                case FINISHED -> StockTakeHistory.Action.FINISHED;
                case CANCELLED -> StockTakeHistory.Action.CANCELLED;
            };
            history.insert(StockTakeHistory.of(take.getId(), action, null, t.from() == null ? null : t.from().name(),
                    t.to().name(), t.actor(), t.at()));
        }
    }
}
