package com.taoshu.stocktake.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.HistoryRecord;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;

/** What happened to a take (STARTED, FINISHED, CANCELLED) and to copies because of it (MARKED_LOST, MOVED_HERE). */
@TableName("stock_take_history")
public class StockTakeHistory extends HistoryRecord {

    public enum Action { STARTED, FINISHED, CANCELLED, MARKED_LOST, MOVED_HERE }

    private Long stockTakeId;
    private Action action;
    private Long copyId;
    private String fromValue;
    private String toValue;

    public static StockTakeHistory of(long stockTakeId, Action action, Long copyId, String from, String to, Actor by,
                               LocalDateTime at) {
        StockTakeHistory h = new StockTakeHistory();
        h.stockTakeId = stockTakeId;
        h.action = action;
        h.copyId = copyId;
        h.fromValue = from;
        h.toValue = to;
        h.recordedBy(by, at);
        return h;
    }

    public Long getStockTakeId() { return stockTakeId; }
    public void setStockTakeId(Long stockTakeId) { this.stockTakeId = stockTakeId; }
    public Action getAction() { return action; }
    public void setAction(Action action) { this.action = action; }
    public Long getCopyId() { return copyId; }
    public void setCopyId(Long copyId) { this.copyId = copyId; }
    public String getFromValue() { return fromValue; }
    public void setFromValue(String fromValue) { this.fromValue = fromValue; }
    public String getToValue() { return toValue; }
    public void setToValue(String toValue) { this.toValue = toValue; }
}
