package com.taoshu.loan.overdue;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The reminders about overdue loans that the overdue desk shows. The reminders are notices, notify's (it depends on
 * loan, not the other way round), so the desk asks this port and notify answers it from its own table, with its own
 * kinds and statuses.
 */
@NamedInterface("overdue")
public interface OverdueReminders {

    /**
     * A loan's reminders: all of them are in the reader's inbox ({@code inInbox}, {@code read} of them read);
     * {@code sent} reached the reader by WeChat or SMS ({@code weChatSent}, {@code smsSent}), the last at
     * {@code lastSentAt}.
     */
    record Counts(int sent, LocalDateTime lastSentAt, int inInbox, int read, int weChatSent, int smsSent) {

        public static final Counts NONE = new Counts(0, null, 0, 0, 0, 0);
    }

    /** Per loan; a loan without reminders is left out. */
    Map<Long, Counts> about(Collection<Long> loanIds);
}
