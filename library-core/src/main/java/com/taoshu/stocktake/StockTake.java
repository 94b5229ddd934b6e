package com.taoshu.stocktake;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A stock-take (盘点) of one branch, optionally one category and/or a shelf-location range:
 * <pre>
 * OPEN ──finish──> FINISHED (report written; fixes may follow)
 *   └───cancel───> CANCELLED
 * </pre>
 * {@code openKey} is the branch id while OPEN and null afterwards: one open stock-take per branch. Every move is
 * checked by {@link Status#canMoveTo} and recorded (drained into stock_take_history by the store).
 */
@TableName("stock_take")
public class StockTake {

    public enum Status implements LifecycleStatus<Status> {
        OPEN("盘点中"), FINISHED("已完成"), CANCELLED("已取消");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(OPEN)
                .move(OPEN, FINISHED, CANCELLED)
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

    /** What the take covers: a branch, and optionally a category and an inclusive shelf-location range. */
    public record Scope(long branchId, Long categoryId, String shelfFrom, String shelfTo) {

        public Scope {
            shelfFrom = blankToNull(shelfFrom);
            shelfTo = blankToNull(shelfTo);
            if (shelfFrom != null && shelfTo != null && shelfFrom.compareToIgnoreCase(shelfTo) > 0) {
                throw StockTakeErrorCode.SHELF_RANGE_INVALID.exception();
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    public record Counts(int found, int missing, int unexpected, int unknown) {
    }

    record Transition(Status from, Status to, Actor actor, LocalDateTime at) {
    }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private Long categoryId;
    private String shelfFrom;
    private String shelfTo;
    private Status status;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Long openKey;
    private Integer expectedCount;
    private Integer foundCount;
    private Integer missingCount;
    private Integer unexpectedCount;
    private Integer unknownCount;
    private Long startedBy;
    private LocalDateTime startedAt;
    private LocalDateTime finishedAt;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;
    @TableField(exist = false)
    private final List<Transition> transitions = new ArrayList<>();

    public static StockTake start(Scope scope, Actor by, LocalDateTime now) {
        StockTake t = new StockTake();
        t.branchId = scope.branchId();
        t.categoryId = scope.categoryId();
        t.shelfFrom = scope.shelfFrom();
        t.shelfTo = scope.shelfTo();
        t.status = Status.OPEN;
        t.openKey = scope.branchId();
        t.expectedCount = 0;
        t.foundCount = 0;
        t.missingCount = 0;
        t.unexpectedCount = 0;
        t.unknownCount = 0;
        t.startedBy = by.id();
        t.startedAt = now;
        t.version = 0;
        t.transitions.add(new Transition(null, Status.OPEN, by, now));
        return t;
    }

    public Scope scope() {
        return new Scope(branchId, categoryId, shelfFrom, shelfTo);
    }

    public void expect(int copies) {
        expectedCount = copies;
    }

    /** Scanning is allowed only while the take is open. */
    public void checkOpen() {
        if (status != Status.OPEN) {
            throw StockTakeErrorCode.NOT_OPEN.exception("该盘点单当前为「" + status.label() + "」，不能再扫描");
        }
    }

    /** Fixes need the report, which is written at finish. */
    public void checkFinished() {
        if (status != Status.FINISHED) {
            throw StockTakeErrorCode.NOT_FINISHED.exception();
        }
    }

    public void finish(Counts counts, Actor by, LocalDateTime now) {
        moveTo(Status.FINISHED, by, now);
        foundCount = counts.found();
        missingCount = counts.missing();
        unexpectedCount = counts.unexpected();
        unknownCount = counts.unknown();
        finishedAt = now;
    }

    public void cancel(Actor by, LocalDateTime now) {
        moveTo(Status.CANCELLED, by, now);
        finishedAt = now;
    }

    private void moveTo(Status next, Actor by, LocalDateTime now) {
        status.lifecycle().check(status, next, StockTakeErrorCode.BAD_STATE, "该盘点单当前为");
        transitions.add(new Transition(status, next, by, now));
        status = next;
        openKey = null;
    }

    List<Transition> drainTransitions() {
        List<Transition> out = List.copyOf(transitions);
        transitions.clear();
        return out;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getShelfFrom() { return shelfFrom; }
    public void setShelfFrom(String shelfFrom) { this.shelfFrom = shelfFrom; }
    public String getShelfTo() { return shelfTo; }
    public void setShelfTo(String shelfTo) { this.shelfTo = shelfTo; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Long getOpenKey() { return openKey; }
    public void setOpenKey(Long openKey) { this.openKey = openKey; }
    public Integer getExpectedCount() { return expectedCount; }
    public void setExpectedCount(Integer expectedCount) { this.expectedCount = expectedCount; }
    public Integer getFoundCount() { return foundCount; }
    public void setFoundCount(Integer foundCount) { this.foundCount = foundCount; }
    public Integer getMissingCount() { return missingCount; }
    public void setMissingCount(Integer missingCount) { this.missingCount = missingCount; }
    public Integer getUnexpectedCount() { return unexpectedCount; }
    public void setUnexpectedCount(Integer unexpectedCount) { this.unexpectedCount = unexpectedCount; }
    public Integer getUnknownCount() { return unknownCount; }
    public void setUnknownCount(Integer unknownCount) { this.unknownCount = unknownCount; }
    public Long getStartedBy() { return startedBy; }
    public void setStartedBy(Long startedBy) { this.startedBy = startedBy; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public void setStartedAt(LocalDateTime startedAt) { this.startedAt = startedAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public void setFinishedAt(LocalDateTime finishedAt) { this.finishedAt = finishedAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
