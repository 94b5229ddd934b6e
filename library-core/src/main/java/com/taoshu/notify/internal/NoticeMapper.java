package com.taoshu.notify.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.notify.Notice;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeStatus;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The outbox table. Every status change is guarded by the status it starts from (a lost race changes 0 rows); the
 * statuses are parameters from {@link NoticeStatus}, never literals: each statement takes them in a method of its own
 * and a default method of the plain signature passes them.
 */
@Mapper
public interface NoticeMapper extends BaseMapper<Notice> {

    /** Queues notices; a row whose dedup key exists is left alone. Returns how many were new. */
    @Insert("""
            <script>
            INSERT IGNORE INTO notice (reader_id, kind, subject_type, subject_id, dedup_key, payload, title, body, status,
                                       attempts, next_attempt_at, created_at, updated_at)
            VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.readerId}, #{r.kind}, #{r.subjectType}, #{r.subjectId}, #{r.dedupKey}, #{r.payload}, #{r.title},
               #{r.body}, #{pending}, 0, #{now}, #{now}, #{now})
            </foreach>
            </script>""")
    int enqueue(@Param("rows") Collection<Notice> rows, @Param("now") LocalDateTime now,
                @Param("pending") NoticeStatus pending);

    default int enqueue(Collection<Notice> rows, LocalDateTime now) {
        return enqueue(rows, now, NoticeStatus.PENDING);
    }

    /** Notices due for a send attempt in this shard, oldest first. */
    @Select("""
            <script>
            SELECT id FROM notice
            WHERE status = #{pending} AND next_attempt_at &lt;= #{now}
            <if test="total > 1"> AND MOD(reader_id, #{total}) = #{index}</if>
            ORDER BY next_attempt_at, id
            LIMIT #{limit}
            </script>""")
    List<Long> dueIds(@Param("now") LocalDateTime now, @Param("index") int index, @Param("total") int total,
                      @Param("limit") int limit, @Param("pending") NoticeStatus pending);

    default List<Long> dueIds(LocalDateTime now, int index, int total, int limit) {
        return dueIds(now, index, total, limit, NoticeStatus.PENDING);
    }

    /**
     * The claim: only one caller turns a due PENDING notice into SENDING. "Due" is part of the condition, not only of
     * {@link #dueIds}: an instance whose list of due ids was read before another instance sent the notice, failed and
     * put it back with a back-off would otherwise claim it again in the same second (issue #16).
     */
    @Update("""
            UPDATE notice SET status = #{sending}, attempts = attempts + 1, claimed_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND status = #{pending} AND next_attempt_at <= #{now}""")
    int claim(@Param("id") long id, @Param("now") LocalDateTime now, @Param("pending") NoticeStatus pending,
              @Param("sending") NoticeStatus sending);

    default int claim(long id, LocalDateTime now) {
        return claim(id, now, NoticeStatus.PENDING, NoticeStatus.SENDING);
    }

    /** The end of an attempt: from SENDING to SENT, SKIPPED, FAILED or back to PENDING (retry at {@code next}). */
    @Update("""
            UPDATE notice SET status = #{status}, template_id = #{templateId}, next_attempt_at = #{next},
                   sent_at = #{sentAt}, last_errcode = #{errcode}, last_error = #{error}, updated_at = #{now}
            WHERE id = #{id} AND status = #{sending}""")
    int finish(@Param("id") long id, @Param("status") NoticeStatus status, @Param("templateId") String templateId,
               @Param("next") LocalDateTime next, @Param("sentAt") LocalDateTime sentAt, @Param("errcode") Integer errcode,
               @Param("error") String error, @Param("now") LocalDateTime now, @Param("sending") NoticeStatus sending);

    default int finish(long id, NoticeStatus status, String templateId, LocalDateTime next, LocalDateTime sentAt,
                       Integer errcode, String error, LocalDateTime now) {
        return finish(id, afterSending(status), templateId, next, sentAt, errcode, error, now, NoticeStatus.SENDING);
    }

    /** An attempt ends only where {@link NoticeStatus}'s lifecycle lets SENDING go. */
    private static NoticeStatus afterSending(NoticeStatus outcome) {
        if (!NoticeStatus.SENDING.canMoveTo(outcome)) {
            throw new IllegalArgumentException("an attempt cannot end in " + outcome);
        }
        return outcome;
    }

    /** SENDING rows claimed before the cutoff: their run stopped between the send and the status write. */
    @Select("""
            <script>
            SELECT id FROM notice WHERE status = #{sending} AND claimed_at &lt; #{cutoff}
            <if test="total > 1"> AND MOD(reader_id, #{total}) = #{index}</if>
            ORDER BY id LIMIT 500
            </script>""")
    List<Long> staleSendingIds(@Param("cutoff") LocalDateTime cutoff, @Param("index") int index, @Param("total") int total,
                               @Param("sending") NoticeStatus sending);

    default List<Long> staleSendingIds(LocalDateTime cutoff, int index, int total) {
        return staleSendingIds(cutoff, index, total, NoticeStatus.SENDING);
    }

    @Update("""
            UPDATE notice SET status = #{failed}, last_errcode = NULL, last_error = #{error}, updated_at = #{now}
            WHERE id = #{id} AND status = #{sending} AND claimed_at < #{cutoff}""")
    int abandonStale(@Param("id") long id, @Param("cutoff") LocalDateTime cutoff, @Param("error") String error,
                     @Param("now") LocalDateTime now, @Param("sending") NoticeStatus sending,
                     @Param("failed") NoticeStatus failed);

    default int abandonStale(long id, LocalDateTime cutoff, String error, LocalDateTime now) {
        return abandonStale(id, cutoff, error, now, NoticeStatus.SENDING, NoticeStatus.FAILED);
    }

    /** A librarian's resend: FAILED → PENDING, due now, with a fresh retry budget (the attempt log keeps the past). */
    @Update("""
            UPDATE notice SET status = #{pending}, attempts = 0, next_attempt_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND status = #{failed}""")
    int resend(@Param("id") long id, @Param("now") LocalDateTime now, @Param("failed") NoticeStatus failed,
               @Param("pending") NoticeStatus pending);

    default int resend(long id, LocalDateTime now) {
        return resend(id, now, NoticeStatus.FAILED, NoticeStatus.PENDING);
    }

    /** Pending notices of these kinds about one subject (id and attempts), for skipping them one by one. */
    @Select("""
            <script>
            SELECT id, attempts FROM notice
            WHERE subject_type = #{subjectType} AND subject_id = #{subjectId} AND status = #{pending}
              AND kind IN <foreach collection="kinds" item="k" open="(" separator="," close=")">#{k}</foreach>
            </script>""")
    List<Notice> pendingAbout(@Param("subjectType") NoticeKind.SubjectType subjectType, @Param("subjectId") long subjectId,
                              @Param("kinds") Collection<NoticeKind> kinds, @Param("pending") NoticeStatus pending);

    default List<Notice> pendingAbout(NoticeKind.SubjectType subjectType, long subjectId, Collection<NoticeKind> kinds) {
        return pendingAbout(subjectType, subjectId, kinds, NoticeStatus.PENDING);
    }

    /** A pending notice that no longer applies becomes SKIPPED (a returned or renewed loan); 0 when it was claimed. */
    @Update("""
            UPDATE notice SET status = #{skipped}, last_error = #{reason}, updated_at = #{now}
            WHERE id = #{id} AND status = #{pending}""")
    int skipPending(@Param("id") long id, @Param("reason") String reason, @Param("now") LocalDateTime now,
                    @Param("pending") NoticeStatus pending, @Param("skipped") NoticeStatus skipped);

    default int skipPending(long id, String reason, LocalDateTime now) {
        return skipPending(id, reason, now, NoticeStatus.PENDING, NoticeStatus.SKIPPED);
    }

    // ------------------------------------------------------------------------------------------- SMS channel

    /** Takes the SMS channel of a notice: only one caller, once per notice (NULL → SENDING). */
    @Update("""
            UPDATE notice SET sms_status = #{sending}, sms_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND sms_status IS NULL""")
    int claimSms(@Param("id") long id, @Param("now") LocalDateTime now, @Param("sending") NoticeStatus sending);

    default int claimSms(long id, LocalDateTime now) {
        return claimSms(id, now, NoticeStatus.SENDING);
    }

    /** The end of the SMS attempt: SENDING → SENT | FAILED | SKIPPED. */
    @Update("""
            UPDATE notice SET sms_status = #{status}, sms_error = #{error}, updated_at = #{now}
            WHERE id = #{id} AND sms_status = #{sending}""")
    int finishSms(@Param("id") long id, @Param("status") NoticeStatus status, @Param("error") String error,
                  @Param("now") LocalDateTime now, @Param("sending") NoticeStatus sending);

    default int finishSms(long id, NoticeStatus status, String error, LocalDateTime now) {
        return finishSms(id, afterSending(status), error, now, NoticeStatus.SENDING);
    }

    /** SMS taken (sent or being sent) for a reader since a moment, for the daily cap (a reader's shard runs them in turn). */
    @Select("""
            SELECT COUNT(*) FROM notice
            WHERE reader_id = #{readerId} AND sms_status IN (#{sending}, #{sent}) AND sms_at >= #{since} AND id <> #{except}""")
    int smsSince(@Param("readerId") long readerId, @Param("since") LocalDateTime since, @Param("except") long except,
                 @Param("sending") NoticeStatus sending, @Param("sent") NoticeStatus sent);

    default int smsSince(long readerId, LocalDateTime since, long except) {
        return smsSince(readerId, since, except, NoticeStatus.SENDING, NoticeStatus.SENT);
    }

    // ------------------------------------------------------------------------------------------- overdue desk

    /** A loan's reminders per channel (columns in constructor order), see {@code OverdueReminders.Counts}. */
    record LoanReminders(long loanId, int sent, LocalDateTime lastSentAt, int inInbox, int readCount, int weChatSent,
                         int smsSent) {
    }

    /**
     * Reached = sent by WeChat or by SMS; the last of those moments (a notice sent by both channels counts at the
     * later one); all of them are in the inbox. One grouped read over idx_notice_subject for a page of loans.
     */
    @Select("""
            <script>
            SELECT n.subject_id AS loan_id,
                   SUM(CASE WHEN n.status = #{sent} OR n.sms_status = #{sent} THEN 1 ELSE 0 END) AS sent,
                   MAX(CASE WHEN n.status = #{sent} OR n.sms_status = #{sent}
                            THEN GREATEST(COALESCE(IF(n.status = #{sent}, n.sent_at, NULL), n.sms_at),
                                          COALESCE(IF(n.sms_status = #{sent}, n.sms_at, NULL), n.sent_at)) END) AS last_sent_at,
                   COUNT(*) AS in_inbox,
                   SUM(CASE WHEN n.read_at IS NOT NULL THEN 1 ELSE 0 END) AS read_count,
                   SUM(CASE WHEN n.status = #{sent} THEN 1 ELSE 0 END) AS we_chat_sent,
                   SUM(CASE WHEN n.sms_status = #{sent} THEN 1 ELSE 0 END) AS sms_sent
            FROM notice n
            WHERE n.subject_type = #{loan}
              AND n.subject_id IN <foreach collection="loanIds" item="id" open="(" separator="," close=")">#{id}</foreach>
              AND n.kind IN <foreach collection="kinds" item="k" open="(" separator="," close=")">#{k}</foreach>
            GROUP BY n.subject_id
            </script>""")
    List<LoanReminders> loanReminders(@Param("loanIds") Collection<Long> loanIds,
                                      @Param("loan") NoticeKind.SubjectType loan,
                                      @Param("kinds") Collection<NoticeKind> kinds, @Param("sent") NoticeStatus sent);

    // ------------------------------------------------------------------------------------------- inbox

    @Select("SELECT COUNT(*) FROM notice WHERE reader_id = #{readerId} AND read_at IS NULL")
    long unread(@Param("readerId") long readerId);

    @Update("UPDATE notice SET read_at = #{now} WHERE id = #{id} AND reader_id = #{readerId} AND read_at IS NULL")
    int markRead(@Param("readerId") long readerId, @Param("id") long id, @Param("now") LocalDateTime now);

    @Update("UPDATE notice SET read_at = #{now} WHERE reader_id = #{readerId} AND read_at IS NULL")
    int markAllRead(@Param("readerId") long readerId, @Param("now") LocalDateTime now);

    record KindStatusCount(NoticeKind kind, NoticeStatus status, long count) {
    }

    @Select("SELECT kind, status, COUNT(*) AS count FROM notice GROUP BY kind, status ORDER BY kind, status")
    List<KindStatusCount> countByKindAndStatus();
}
