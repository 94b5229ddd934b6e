package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One courier's route in one delivery slot: PLANNED ──courier sets off──> STARTED ──last stop done──> FINISHED. Every
 * move is checked by {@link Status#canMoveTo} and recorded (written to delivery_route_history by
 * {@link DeliveryRouteStore}).
 */
@TableName("delivery_route")
public class DeliveryRoute {

    public enum Status implements LifecycleStatus<Status> {
        PLANNED("待出发"), STARTED("配送中"), FINISHED("已结束");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(PLANNED)
                .move(PLANNED, STARTED)
                .move(STARTED, FINISHED)
                .build();

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Lifecycle<Status> lifecycle() {
            return MOVES;
        }
    }

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
    @TableField(exist = false)
    private final List<Transition<Status>> transitions = new ArrayList<>();

    /** A new route, planned by {@code by} (the planner, or a librarian assigning by hand). */
    public static DeliveryRoute plan(long branchId, long slotId, long courierId, LocalDateTime plannedStart, int travelSeconds,
                                     Actor by, LocalDateTime now) {
        DeliveryRoute r = new DeliveryRoute();
        r.branchId = branchId;
        r.slotId = slotId;
        r.courierId = courierId;
        r.status = Status.PLANNED;
        r.plannedStart = plannedStart;
        r.travelSeconds = travelSeconds;
        r.version = 0;
        r.transitions.add(new Transition<>(null, Status.PLANNED, by, null, now));
        return r;
    }

    /** The courier sets off (PLANNED only). */
    public void start(Actor by, LocalDateTime now) {
        moveTo(Status.STARTED, by, null, now);
        startedAt = now;
    }

    /** Its last stop is done (by {@code by}: the courier, or a librarian confirming it); false when it was finished already. */
    public boolean finish(Actor by, LocalDateTime now) {
        if (status == Status.FINISHED) {
            return false;
        }
        moveTo(Status.FINISHED, by, null, now);
        return true;
    }

    private void moveTo(Status next, Actor by, String reason, LocalDateTime now) {
        status.lifecycle().check(status, next, DeliveryErrorCode.ROUTE_ALREADY_STARTED, "该路线当前为");
        transitions.add(new Transition<>(status, next, by, reason, now));
        status = next;
    }

    List<Transition<Status>> drainTransitions() {
        List<Transition<Status>> out = List.copyOf(transitions);
        transitions.clear();
        return out;
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
