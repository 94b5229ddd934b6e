package com.taoshu.shared.history;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;

/**
 * What every history row has: its id, who did it (actor type and id) and when. Subclasses name the table and add
 * what happened: a status change ({@link StatusHistory}) or an action with its own columns (loan, compensation,
 * stock-take histories).
 */
public abstract class HistoryRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String actorType;
    private Long actorId;
    private LocalDateTime createdAt;

    protected void recordedBy(Actor actor, LocalDateTime at) {
        actorType = actor.type().name();
        actorId = actor.id();
        createdAt = at;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
