package com.taoshu.notify;

import java.util.Map;

/**
 * A notice about to be queued. {@code dateKey} is the date part of the dedup key: the day the event happened, the
 * due date a reminder is about ({@code 2025-03-01}), or the due date and overdue day ({@code 2025-03-01+7}) — so a
 * renewal (new due date) gets new reminders and a repeated job run gets none.
 */
public record NoticeDraft(long readerId, NoticeKind kind, long subjectId, String dateKey, Map<String, String> payload) {

    public NoticeDraft {
        payload = payload == null ? Map.of() : payload;
    }

    public String dedupKey() {
        return readerId + ":" + kind + ":" + kind.subjectType() + ":" + subjectId + ":" + dateKey;
    }
}
