package com.taoshu.delivery;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A courier's working profile (the account is a COURIER staff row with the same id). */
@TableName("courier")
public class Courier {

    public enum Vehicle {
        EBIKE(15.0), WALK(4.5);

        private final double kmPerHour;

        Vehicle(double kmPerHour) {
            this.kmPerHour = kmPerHour;
        }

        public double metersPerSecond() {
            return kmPerHour * 1000 / 3600;
        }
    }

    /** The profile a new COURIER account starts with, until a librarian sets its own on the 配送员 page. */
    static final Vehicle DEFAULT_VEHICLE = Vehicle.EBIKE;
    static final int DEFAULT_BAG_CAPACITY = 20;
    static final LocalTime DEFAULT_SHIFT_START = LocalTime.of(9, 0);
    static final LocalTime DEFAULT_SHIFT_END = LocalTime.of(18, 0);

    @TableId(type = IdType.INPUT)
    private Long staffId;
    private Long branchId;
    private Vehicle vehicle;
    private Integer bagCapacity;
    private LocalTime shiftStart;
    private LocalTime shiftEnd;
    private Boolean onLeave;
    private LocalDateTime updatedAt;

    static Courier withDefaults(long staffId, long branchId, LocalDateTime now) {
        Courier c = new Courier();
        c.staffId = staffId;
        c.branchId = branchId;
        c.vehicle = DEFAULT_VEHICLE;
        c.bagCapacity = DEFAULT_BAG_CAPACITY;
        c.shiftStart = DEFAULT_SHIFT_START;
        c.shiftEnd = DEFAULT_SHIFT_END;
        c.onLeave = false;
        c.updatedAt = now;
        return c;
    }

    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Vehicle getVehicle() { return vehicle; }
    public void setVehicle(Vehicle vehicle) { this.vehicle = vehicle; }
    public Integer getBagCapacity() { return bagCapacity; }
    public void setBagCapacity(Integer bagCapacity) { this.bagCapacity = bagCapacity; }
    public LocalTime getShiftStart() { return shiftStart; }
    public void setShiftStart(LocalTime shiftStart) { this.shiftStart = shiftStart; }
    public LocalTime getShiftEnd() { return shiftEnd; }
    public void setShiftEnd(LocalTime shiftEnd) { this.shiftEnd = shiftEnd; }
    public Boolean getOnLeave() { return onLeave; }
    public void setOnLeave(Boolean onLeave) { this.onLeave = onLeave; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
