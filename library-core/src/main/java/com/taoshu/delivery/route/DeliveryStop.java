package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One job at a door on a route: an order handed over with the reader's 4-digit code ({@code orderId}), or a return
 * pickup's books collected ({@code returnPickupId}). A reader with both in one slot gets two consecutive stops with the
 * same planned arrival: one visit. PLANNED ──route sets off──> OUT ──> DELIVERED | COLLECTED | FAILED; every move is
 * checked by {@link Status#canMoveTo} and recorded (written to delivery_stop_history by {@link DeliveryStopStore}).
 */
@NamedInterface("route")
@TableName("delivery_stop")
public class DeliveryStop {

    public enum Status implements LifecycleStatus<Status> {
        PLANNED("待出发"), OUT("配送中"), DELIVERED("已送达"), COLLECTED("已取回"), FAILED("失败");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(PLANNED)
                .move(PLANNED, OUT)
                .move(OUT, DELIVERED, COLLECTED, FAILED)
                .build();

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The Chinese label every client shows (no client keeps its own table of status names). */
        @Override
        public String label() {
            return label;
        }

        @Override
        public Lifecycle<Status> lifecycle() {
            return MOVES;
        }
    }

    public static final int MAX_WRONG_CODES = 3;

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long routeId;
    private Long orderId;
    private Long returnPickupId;
    private Integer seq;
    private Long readerId;
    private Long addressId;
    private BigDecimal lat;
    private BigDecimal lng;
    private LocalDateTime plannedArrival;
    private Status status;
    private Integer wrongCodeAttempts;
    private Boolean locked;
    private String failReason;
    private LocalDateTime completedAt;
    /** Added after the courier set off: its books are fetched at the branch on the way. */
    private Boolean viaBranch;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;
    @TableField(exist = false)
    private final List<Transition<Status>> transitions = new ArrayList<>();

    public static DeliveryStop of(long routeId, long orderId, int seq, long readerId, long addressId, BigDecimal lat,
                                  BigDecimal lng, LocalDateTime plannedArrival, Actor by, LocalDateTime now) {
        return of(routeId, orderId, null, seq, readerId, addressId, lat, lng, plannedArrival, by, now);
    }

    /** A new stop, planned by {@code by} (the planner, or a librarian assigning by hand). */
    public static DeliveryStop of(long routeId, Long orderId, Long returnPickupId, int seq, long readerId, long addressId,
                                  BigDecimal lat, BigDecimal lng, LocalDateTime plannedArrival, Actor by, LocalDateTime now) {
        DeliveryStop s = new DeliveryStop();
        s.routeId = routeId;
        s.orderId = orderId;
        s.returnPickupId = returnPickupId;
        s.seq = seq;
        s.readerId = readerId;
        s.addressId = addressId;
        s.lat = lat;
        s.lng = lng;
        s.plannedArrival = plannedArrival;
        s.status = Status.PLANNED;
        s.wrongCodeAttempts = 0;
        s.locked = false;
        s.viaBranch = false;
        s.version = 0;
        s.transitions.add(new Transition<>(null, Status.PLANNED, by, null, now));
        return s;
    }

    /** The courier is on the way (from PLANNED, or an OUT stop moved onto another started route: nothing changes). */
    public void goOut(Actor by, LocalDateTime now) {
        if (status != Status.OUT) {
            moveTo(Status.OUT, by, null, now);
        }
    }

    /** Handed over with the reader's code (or confirmed by a librarian, {@code note} saying why). */
    public void delivered(Actor by, String note, LocalDateTime now) {
        moveTo(Status.DELIVERED, by, note, now);
        completedAt = now;
    }

    /** A return pickup's books are in the courier's bag (or a librarian confirmed it, {@code note} saying why). */
    public void collected(Actor by, String note, LocalDateTime now) {
        moveTo(Status.COLLECTED, by, note, now);
        completedAt = now;
    }

    /** Not handed over or not collected ({@code reason}: 不在家, 地址错误, …). */
    public void failed(Actor by, String reason, LocalDateTime now) {
        moveTo(Status.FAILED, by, reason, now);
        failReason = reason;
        completedAt = now;
    }

    private void moveTo(Status next, Actor by, String reason, LocalDateTime now) {
        status.lifecycle().check(status, next, DeliveryErrorCode.STOP_FINISHED, "该配送点当前为");
        transitions.add(new Transition<>(status, next, by, reason, now));
        status = next;
    }

    List<Transition<Status>> drainTransitions() {
        List<Transition<Status>> out = List.copyOf(transitions);
        transitions.clear();
        return out;
    }

    public boolean isPickup() {
        return returnPickupId != null;
    }

    public GeoPoint point() {
        return new GeoPoint(lat.doubleValue(), lng.doubleValue());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getRouteId() { return routeId; }
    public void setRouteId(Long routeId) { this.routeId = routeId; }
    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public Long getReturnPickupId() { return returnPickupId; }
    public void setReturnPickupId(Long returnPickupId) { this.returnPickupId = returnPickupId; }
    public Integer getSeq() { return seq; }
    public void setSeq(Integer seq) { this.seq = seq; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Long getAddressId() { return addressId; }
    public void setAddressId(Long addressId) { this.addressId = addressId; }
    public BigDecimal getLat() { return lat; }
    public void setLat(BigDecimal lat) { this.lat = lat; }
    public BigDecimal getLng() { return lng; }
    public void setLng(BigDecimal lng) { this.lng = lng; }
    public LocalDateTime getPlannedArrival() { return plannedArrival; }
    public void setPlannedArrival(LocalDateTime plannedArrival) { this.plannedArrival = plannedArrival; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Integer getWrongCodeAttempts() { return wrongCodeAttempts; }
    public void setWrongCodeAttempts(Integer wrongCodeAttempts) { this.wrongCodeAttempts = wrongCodeAttempts; }
    public Boolean getLocked() { return locked; }
    public void setLocked(Boolean locked) { this.locked = locked; }
    public String getFailReason() { return failReason; }
    public void setFailReason(String failReason) { this.failReason = failReason; }
    public LocalDateTime getCompletedAt() { return completedAt; }
    public void setCompletedAt(LocalDateTime completedAt) { this.completedAt = completedAt; }
    public Boolean getViaBranch() { return viaBranch; }
    public void setViaBranch(Boolean viaBranch) { this.viaBranch = viaBranch; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
