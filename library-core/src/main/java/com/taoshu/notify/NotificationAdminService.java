package com.taoshu.notify;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.notify.internal.NoticeAttemptMapper;
import com.taoshu.notify.internal.NoticeMapper;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Librarians' view of the outbox: the log, a resend of a failed notice, counts per kind and status. */
@Service
public class NotificationAdminService {

    private final NoticeMapper notices;
    private final NoticeAttemptMapper attempts;
    private final Clock clock;

    public NotificationAdminService(NoticeMapper notices, NoticeAttemptMapper attempts, Clock clock) {
        this.notices = notices;
        this.attempts = attempts;
        this.clock = clock;
    }

    public record NoticeView(long id, long readerId, NoticeKind kind, String kindLabel, String subjectType, long subjectId,
                             NoticeStatus status, String statusLabel, int attempts, String templateId,
                             OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, Integer lastErrcode, String lastError,
                             OffsetDateTime createdAt, String title, boolean read, OffsetDateTime readAt,
                             List<ChannelView> channels) {

        /** {@code nextAttemptAt} only while the notice waits to be sent (a retry's back-off); null once it ended. */
        static NoticeView of(Notice n) {
            LocalDateTime next = n.getStatus() == NoticeStatus.PENDING ? n.getNextAttemptAt() : null;
            return new NoticeView(n.getId(), n.getReaderId(), n.getKind(), n.getKind().label(), n.getSubjectType().name(),
                    n.getSubjectId(), n.getStatus(), n.getStatus().label(), n.getAttempts(), n.getTemplateId(),
                    Times.toOffset(next), Times.toOffset(n.getSentAt()), n.getLastErrcode(), n.getLastError(),
                    Times.toOffset(n.getCreatedAt()), n.getTitle(), n.getReadAt() != null, Times.toOffset(n.getReadAt()),
                    ChannelView.of(n));
        }
    }

    /**
     * What one channel did with the notice: {@code outcome} SENT / PENDING / SENDING / SKIPPED / FAILED or NONE (the
     * channel does not apply), a Chinese label and the reason or error.
     */
    public record ChannelView(Channel channel, String channelLabel, String outcome, String outcomeLabel, String detail,
                              OffsetDateTime at) {

        static List<ChannelView> of(Notice n) {
            ChannelView inbox = new ChannelView(Channel.INBOX, Channel.INBOX.label(), "SENT",
                    n.getReadAt() != null ? "已存入·已读" : "已存入·未读", null, Times.toOffset(n.getCreatedAt()));
            ChannelView weChat = new ChannelView(Channel.WECHAT, Channel.WECHAT.label(), n.getStatus().name(),
                    n.getStatus().label(), n.getLastError(), Times.toOffset(n.getSentAt()));
            ChannelView sms = n.getSmsStatus() == null
                    ? new ChannelView(Channel.SMS, Channel.SMS.label(), "NONE", "不发短信",
                            ChannelPolicy.urgent(n.getKind()) ? "读者已通过微信收到或未开启短信" : "非紧急通知", null)
                    : new ChannelView(Channel.SMS, Channel.SMS.label(), n.getSmsStatus().name(), n.getSmsStatus().label(),
                            n.getSmsError(), Times.toOffset(n.getSmsAt()));
            return List.of(inbox, weChat, sms);
        }
    }

    public record KindCount(NoticeKind kind, String kindLabel, NoticeStatus status, String statusLabel, long count) {
    }

    public record AttemptView(Channel channel, String channelLabel, int attemptNo, NoticeAttempt.Outcome outcome,
                              Integer errcode, String message, Long tookMs,
                              Long actorId, OffsetDateTime at) {
    }

    public record NoticeDetail(NoticeView notice, String payload, List<AttemptView> attempts) {
    }

    public PageResult<NoticeView> log(Long readerId, NoticeKind kind, NoticeStatus status, PageQuery page) {
        Page<Notice> result = notices.selectPage(page.toPage(), Wrappers.<Notice>lambdaQuery()
                .eq(readerId != null, Notice::getReaderId, readerId)
                .eq(kind != null, Notice::getKind, kind)
                .eq(status != null, Notice::getStatus, status)
                .orderByDesc(Notice::getId));
        return PageResult.of(result, NoticeView::of);
    }

    public NoticeDetail detail(long id) {
        Notice notice = find(id);
        List<AttemptView> log = attempts.selectList(Wrappers.<NoticeAttempt>lambdaQuery()
                        .eq(NoticeAttempt::getNoticeId, id).orderByAsc(NoticeAttempt::getId)).stream()
                .map(a -> new AttemptView(a.getChannel(), a.getChannel().label(), a.getAttemptNo(), a.getOutcome(),
                        a.getErrcode(), a.getMessage(), a.getTookMs(),
                        a.getActorId(), Times.toOffset(a.getCreatedAt())))
                .toList();
        return new NoticeDetail(NoticeView.of(notice), notice.getPayload(), log);
    }

    /** FAILED → PENDING, due now; the attempt log records who asked. */
    @Transactional
    public NoticeView resend(long id, long staffId) {
        Notice notice = find(id);
        LocalDateTime now = LocalDateTime.now(clock);
        if (notices.resend(id, now) != 1) {
            throw NotifyErrorCode.NOT_RESENDABLE.exception("当前状态：" + notice.getStatus().label());
        }
        attempts.insert(NoticeAttempt.of(id, notice.getAttempts(), NoticeAttempt.Outcome.RESEND, null, "馆员重新发送",
                null, staffId, now));
        return NoticeView.of(notices.selectById(id));
    }

    public List<KindCount> counts() {
        return notices.countByKindAndStatus().stream()
                .map(c -> new KindCount(c.kind(), c.kind().label(), c.status(), c.status().label(), c.count()))
                .toList();
    }

    private Notice find(long id) {
        Notice notice = notices.selectById(id);
        if (notice == null) {
            throw NotifyErrorCode.NOTICE_NOT_FOUND.exception();
        }
        return notice;
    }
}
