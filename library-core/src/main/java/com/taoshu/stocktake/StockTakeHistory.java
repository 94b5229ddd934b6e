package com.taoshu.stocktake;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;

/** What happened to a take (STARTED, FINISHED, CANCELLED) and to copies because of it (MARKED_LOST, MOVED_HERE). */
@TableName("stock_take_history")
public class StockTakeHistory {

    public enum Action { STARTED, FINISHED, CANCELLED, MARKED_LOST, MOVED_HERE }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long stockTakeId;
    private Action action;
    private Long copyId;
    private String fromValue;
    private String toValue;
    private String actorType;
    private Long actorId;
    private LocalDateTime createdAt;

    static StockTakeHistory of(long stockTakeId, Action action, Long copyId, String from, String to, Actor by,
                               LocalDateTime at) {
        StockTakeHistory h = new StockTakeHistory();
        h.stockTakeId = stockTakeId;
        h.action = action;
        h.copyId = copyId;
        h.fromValue = from;
        h.toValue = to;
        h.actorType = by.type().name();
        h.actorId = by.id();
        h.createdAt = at;
        return h;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
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
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
