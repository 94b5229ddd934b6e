package com.taoshu.notify;

import com.taoshu.loan.overdue.OverdueReminders;
import com.taoshu.notify.internal.NoticeMapper;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Answers the overdue desk: the DUE_SOON and OVERDUE notices about its page's loans, counted per channel. */
@Component
class OverdueReminderCounts implements OverdueReminders {

    private final NoticeMapper notices;

    OverdueReminderCounts(NoticeMapper notices) {
        this.notices = notices;
    }

    @Override
    public Map<Long, Counts> about(Collection<Long> loanIds) {
        if (loanIds.isEmpty()) {
            return Map.of();
        }
        EnumSet<NoticeKind> reminders = EnumSet.noneOf(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.isLoanReminder()) {
                reminders.add(kind);
            }
        }
        return notices.loanReminders(loanIds, NoticeKind.SubjectType.LOAN, reminders, NoticeStatus.SENT).stream()
                .collect(Collectors.toMap(NoticeMapper.LoanReminders::loanId, r -> new Counts(r.sent(), r.lastSentAt(),
                        r.inInbox(), r.readCount(), r.weChatSent(), r.smsSent())));
    }
}
