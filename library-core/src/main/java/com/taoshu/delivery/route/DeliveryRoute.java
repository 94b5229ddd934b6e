package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/** One courier's route in one delivery slot. */
@TableName("delivery_route")
public class DeliveryRoute {

    public enum Status { PLANNED, STARTED, FINISHED }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private Long slotId;
    private Long courierId;
    private Status status;
    private LocalDateTime plannedStart;
    private Integer travelSeconds;
    private LocalDateTime startedAt;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    public static DeliveryRoute plan(long branchId, long slotId, long courierId, LocalDateTime plannedStart, int travelSeconds) {
        DeliveryRoute r = new DeliveryRoute();
        r.branchId = branchId;
        r.slotId = slotId;
        r.courierId = courierId;
        r.status = Status.PLANNED;
        r.plannedStart = plannedStart;
        r.travelSeconds = travelSeconds;
        r.version = 0;
        return r;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Long getSlotId() { return slotId; }
    public void setSlotId(Long slotId) { this.slotId = slotId; }
    public Long getCourierId() { return courierId; }
    public void setCourierId(Long courierId) { this.courierId = courierId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public LocalDateTime getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDateTime plannedStart) { this.plannedStart = plannedStart; }
    public Integer getTravelSeconds() { return travelSeconds; }
    public void setTravelSeconds(Integer travelSeconds) { this.travelSeconds = travelSeconds; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public void setStartedAt(LocalDateTime startedAt) { this.startedAt = startedAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
