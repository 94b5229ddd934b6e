package com.taoshu.notify;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.notify.internal.NoticeMapper;
import java.time.LocalDateTime;

/**
 * One notice in the outbox and in its reader's 消息中心 (inbox). The row's status and attempt columns are the WeChat
 * channel's; the SMS channel has its own status ({@link ChannelPolicy} decides which channels a notice takes). Status changes are conditional updates in {@link NoticeMapper} guarded by the status
 * the change starts from, so two job instances never both act on one notice.
 */
@TableName("notice")
public class Notice {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private NoticeKind kind;
    private NoticeKind.SubjectType subjectType;
    private Long subjectId;
    private String dedupKey;
    private String payload;
    /** The 消息中心 entry: written with the row, so every queued notice is readable by its reader. */
    private String title;
    private String body;
    private LocalDateTime readAt;
    private String templateId;
    private NoticeStatus status;
    private Integer attempts;
    private LocalDateTime nextAttemptAt;
    private LocalDateTime claimedAt;
    private LocalDateTime sentAt;
    private Integer lastErrcode;
    private String lastError;
    /** The SMS channel: null while not applicable or undecided, then SENDING → SENT | FAILED, or SKIPPED. */
    private NoticeStatus smsStatus;
    private LocalDateTime smsAt;
    private String smsError;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public NoticeKind getKind() { return kind; }
    public void setKind(NoticeKind kind) { this.kind = kind; }
    public NoticeKind.SubjectType getSubjectType() { return subjectType; }
    public void setSubjectType(NoticeKind.SubjectType subjectType) { this.subjectType = subjectType; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public String getDedupKey() { return dedupKey; }
    public void setDedupKey(String dedupKey) { this.dedupKey = dedupKey; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDateTime getReadAt() { return readAt; }
    public void setReadAt(LocalDateTime readAt) { this.readAt = readAt; }
    public NoticeStatus getSmsStatus() { return smsStatus; }
    public void setSmsStatus(NoticeStatus smsStatus) { this.smsStatus = smsStatus; }
    public LocalDateTime getSmsAt() { return smsAt; }
    public void setSmsAt(LocalDateTime smsAt) { this.smsAt = smsAt; }
    public String getSmsError() { return smsError; }
    public void setSmsError(String smsError) { this.smsError = smsError; }
    public String getTemplateId() { return templateId; }
    public void setTemplateId(String templateId) { this.templateId = templateId; }
    public NoticeStatus getStatus() { return status; }
    public void setStatus(NoticeStatus status) { this.status = status; }
    public Integer getAttempts() { return attempts; }
    public void setAttempts(Integer attempts) { this.attempts = attempts; }
    public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(LocalDateTime nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public LocalDateTime getClaimedAt() { return claimedAt; }
    public void setClaimedAt(LocalDateTime claimedAt) { this.claimedAt = claimedAt; }
    public LocalDateTime getSentAt() { return sentAt; }
    public void setSentAt(LocalDateTime sentAt) { this.sentAt = sentAt; }
    public Integer getLastErrcode() { return lastErrcode; }
    public void setLastErrcode(Integer lastErrcode) { this.lastErrcode = lastErrcode; }
    public String getLastError() { return lastError; }
    public void setLastError(String lastError) { this.lastError = lastError; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
