package com.taoshu.loan.loss;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.HistoryRecord;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;

/** One change of a compensation: CREATED, PAID, WAIVED — with who, the amount and the note. */
@TableName("compensation_history")
public class CompensationHistory extends HistoryRecord {

    private Long compensationId;
    private String action;
    private String fromStatus;
    private String toStatus;
    private Integer amountFen;
    private String note;

    static CompensationHistory of(Compensation c, String action, CompensationStatus from, String note, Actor by,
                                  LocalDateTime at) {
        CompensationHistory h = new CompensationHistory();
        h.compensationId = c.getId();
        h.action = action;
        h.fromStatus = from == null ? null : from.name();
        h.toStatus = c.getStatus().name();
        h.amountFen = c.getAmountFen();
        h.note = note;
        h.recordedBy(by, at);
        return h;
    }

    public Long getCompensationId() { return compensationId; }
    public void setCompensationId(Long compensationId) { this.compensationId = compensationId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getFromStatus() { return fromStatus; }
    public void setFromStatus(String fromStatus) { this.fromStatus = fromStatus; }
    public String getToStatus() { return toStatus; }
    public void setToStatus(String toStatus) { this.toStatus = toStatus; }
    public Integer getAmountFen() { return amountFen; }
    public void setAmountFen(Integer amountFen) { this.amountFen = amountFen; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
