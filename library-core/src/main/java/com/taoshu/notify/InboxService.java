package com.taoshu.notify;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.notify.internal.NoticeMapper;
import com.taoshu.notify.internal.NoticePreferenceMapper;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 消息中心: every notice queued for a reader, newest first, whatever its channels did. A reader reads and marks only
 * their own (another reader's id is 404, as if it did not exist); SMS preference lives here too.
 */
@Service
public class InboxService {

    private final NoticeMapper notices;
    private final NoticePreferenceMapper preferences;
    private final SmsProperties sms;
    private final Clock clock;

    public InboxService(NoticeMapper notices, NoticePreferenceMapper preferences, SmsProperties sms, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.sms = sms;
        this.clock = clock;
    }

    public record InboxNotice(long id, NoticeKind kind, String kindLabel, String title, String body,
                              OffsetDateTime createdAt, boolean read) {

        static InboxNotice of(Notice n) {
            // rows queued before the inbox existed have no title or body of their own
            String title = n.getTitle() != null ? n.getTitle() : InboxTexts.title(n.getKind());
            String body = n.getBody() != null ? n.getBody() : InboxTexts.body(n.getKind(), NoticeOutbox.payload(n));
            return new InboxNotice(n.getId(), n.getKind(), n.getKind().label(), title, body,
                    Times.toOffset(n.getCreatedAt()), n.getReadAt() != null);
        }
    }

    public record Unread(long unread) {
    }

    /** Whether urgent notices also come by SMS; {@code available} is false while the library has no SMS configured. */
    public record SmsPreference(boolean enabled, boolean available) {
    }

    public PageResult<InboxNotice> list(long readerId, PageQuery page) {
        Page<Notice> result = notices.selectPage(page.toPage(), Wrappers.<Notice>lambdaQuery()
                .eq(Notice::getReaderId, readerId)
                .orderByDesc(Notice::getId));
        return PageResult.of(result, InboxNotice::of);
    }

    public Unread unread(long readerId) {
        return new Unread(notices.unread(readerId));
    }

    /** Marks one of the reader's notices read; reading it again answers the same. */
    @Transactional
    public InboxNotice markRead(long readerId, long id) {
        Notice notice = notices.selectById(id);
        if (notice == null || notice.getReaderId() != readerId) {
            throw NotifyErrorCode.NOTICE_NOT_FOUND.exception();
        }
        notices.markRead(readerId, id, LocalDateTime.now(clock));
        return InboxNotice.of(notices.selectById(id));
    }

    @Transactional
    public Unread markAllRead(long readerId) {
        notices.markAllRead(readerId, LocalDateTime.now(clock));
        return unread(readerId);
    }

    public SmsPreference smsPreference(long readerId) {
        return new SmsPreference(preferences.smsOptIn(readerId).orElse(false), sms.configured());
    }

    @Transactional
    public SmsPreference setSms(long readerId, boolean enabled) {
        preferences.setSmsOptIn(readerId, enabled, LocalDateTime.now(clock));
        return smsPreference(readerId);
    }
}
