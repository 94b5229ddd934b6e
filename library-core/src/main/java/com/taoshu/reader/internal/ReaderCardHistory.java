package com.taoshu.reader.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One change of a reader's card (type or status), with who did it and why. */
@TableName("reader_card_history")
public class ReaderCardHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private String action;
    private String fromValue;
    private String toValue;
    private String reason;
    private String actorType;
    private Long actorId;
    private LocalDateTime createdAt;

    public static ReaderCardHistory of(long readerId, String action, String from, String to, String reason,
                                       String actorType, Long actorId, LocalDateTime at) {
        ReaderCardHistory h = new ReaderCardHistory();
        h.readerId = readerId;
        h.action = action;
        h.fromValue = from;
        h.toValue = to;
        h.reason = reason;
        h.actorType = actorType;
        h.actorId = actorId;
        h.createdAt = at;
        return h;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getFromValue() { return fromValue; }
    public void setFromValue(String fromValue) { this.fromValue = fromValue; }
    public String getToValue() { return toValue; }
    public void setToValue(String toValue) { this.toValue = toValue; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
