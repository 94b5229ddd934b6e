package com.taoshu.shared.history;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import java.time.LocalDateTime;

/**
 * A row of an aggregate's status history ({@code order_history}, {@code return_pickup_history}, …): from and to
 * status, who (actor type and id), why, when. A subclass names the table ({@code @TableName}), adds the owner's id
 * column and fixes {@code S} to the aggregate's status enum (MyBatis resolves the enum type through it).
 */
public abstract class StatusHistory<S extends Enum<S>> {

    @TableId(type = IdType.AUTO)
    private Long id;
    private S fromStatus;
    private S toStatus;
    private String actorType;
    private Long actorId;
    private String reason;
    private LocalDateTime createdAt;

    protected void record(Transition<S> t) {
        fromStatus = t.from();
        toStatus = t.to();
        actorType = t.actor().type().name();
        actorId = t.actor().id();
        reason = t.reason();
        createdAt = t.at();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public S getFromStatus() { return fromStatus; }
    public void setFromStatus(S fromStatus) { this.fromStatus = fromStatus; }
    public S getToStatus() { return toStatus; }
    public void setToStatus(S toStatus) { this.toStatus = toStatus; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
