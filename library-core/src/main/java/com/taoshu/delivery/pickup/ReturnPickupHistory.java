package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

@TableName("return_pickup_history")
public class ReturnPickupHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long pickupId;
    private ReturnPickup.Status fromStatus;
    private ReturnPickup.Status toStatus;
    private String actorType;
    private Long actorId;
    private String reason;
    private LocalDateTime createdAt;

    static ReturnPickupHistory of(long pickupId, ReturnPickup.Transition t) {
        ReturnPickupHistory h = new ReturnPickupHistory();
        h.pickupId = pickupId;
        h.fromStatus = t.from();
        h.toStatus = t.to();
        h.actorType = t.actor().type().name();
        h.actorId = t.actor().id();
        h.reason = t.reason();
        h.createdAt = t.at();
        return h;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getPickupId() { return pickupId; }
    public void setPickupId(Long pickupId) { this.pickupId = pickupId; }
    public ReturnPickup.Status getFromStatus() { return fromStatus; }
    public void setFromStatus(ReturnPickup.Status fromStatus) { this.fromStatus = fromStatus; }
    public ReturnPickup.Status getToStatus() { return toStatus; }
    public void setToStatus(ReturnPickup.Status toStatus) { this.toStatus = toStatus; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
