package com.taoshu.notify;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One line of a notice's attempt log: a send and its outcome, a skip, a stale claim, a librarian's resend. */
@TableName("notice_attempt")
public class NoticeAttempt {

    public enum Outcome { SENT, SKIPPED, RETRY, FAILED, UNKNOWN, ABANDONED, RESEND, CANCELLED }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long noticeId;
    private Channel channel;
    private Integer attemptNo;
    private Outcome outcome;
    private Integer errcode;
    private String message;
    private Long tookMs;
    private Long actorId;
    private LocalDateTime createdAt;

    public static NoticeAttempt of(long noticeId, int attemptNo, Outcome outcome, Integer errcode, String message,
                                   Long tookMs, Long actorId, LocalDateTime at) {
        NoticeAttempt a = new NoticeAttempt();
        a.noticeId = noticeId;
        a.channel = Channel.WECHAT;
        a.attemptNo = attemptNo;
        a.outcome = outcome;
        a.errcode = errcode;
        a.message = message == null ? null : Texts.clip(message, 255);
        a.tookMs = tookMs;
        a.actorId = actorId;
        a.createdAt = at;
        return a;
    }

    /** The same line about another channel (WeChat is the default). */
    public NoticeAttempt on(Channel channel) {
        this.channel = channel;
        return this;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getNoticeId() { return noticeId; }
    public void setNoticeId(Long noticeId) { this.noticeId = noticeId; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Integer getAttemptNo() { return attemptNo; }
    public void setAttemptNo(Integer attemptNo) { this.attemptNo = attemptNo; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public Integer getErrcode() { return errcode; }
    public void setErrcode(Integer errcode) { this.errcode = errcode; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public Long getTookMs() { return tookMs; }
    public void setTookMs(Long tookMs) { this.tookMs = tookMs; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
