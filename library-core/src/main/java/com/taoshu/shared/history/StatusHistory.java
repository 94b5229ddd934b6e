package com.taoshu.shared.history;

/**
 * A row of an aggregate's status history ({@code order_history}, {@code return_pickup_history}, …): from and to
 * status and why, besides who and when ({@link HistoryRecord}). A subclass names the table ({@code @TableName}), adds the owner's id
 * column and fixes {@code S} to the aggregate's status enum (MyBatis resolves the enum type through it).
 */
public abstract class StatusHistory<S extends Enum<S>> extends HistoryRecord {

    private S fromStatus;
    private S toStatus;
    private String reason;

    protected void record(Transition<S> t) {
        fromStatus = t.from();
        toStatus = t.to();
        reason = t.reason();
        recordedBy(t.actor(), t.at());
    }

    public S getFromStatus() { return fromStatus; }
    public void setFromStatus(S fromStatus) { this.fromStatus = fromStatus; }
    public S getToStatus() { return toStatus; }
    public void setToStatus(S toStatus) { this.toStatus = toStatus; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
