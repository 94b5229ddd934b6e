package com.taoshu.notify;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The outbox table. Every status change is guarded by the status it starts from (a lost race changes 0 rows). */
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
               #{r.body}, 'PENDING', 0, #{now}, #{now}, #{now})
            </foreach>
            </script>""")
    int enqueue(@Param("rows") Collection<Notice> rows, @Param("now") LocalDateTime now);

    /** Notices due for a send attempt in this shard, oldest first. */
    @Select("""
            <script>
            SELECT id FROM notice
            WHERE status = 'PENDING' AND next_attempt_at &lt;= #{now}
            <if test="total > 1"> AND MOD(reader_id, #{total}) = #{index}</if>
            ORDER BY next_attempt_at, id
            LIMIT #{limit}
            </script>""")
    List<Long> dueIds(@Param("now") LocalDateTime now, @Param("index") int index, @Param("total") int total,
                      @Param("limit") int limit);

    /**
     * The claim: only one caller turns a due PENDING notice into SENDING. "Due" is part of the condition, not only of
     * {@link #dueIds}: an instance whose list of due ids was read before another instance sent the notice, failed and
     * put it back with a back-off would otherwise claim it again in the same second (issue #16).
     */
    @Update("""
            UPDATE notice SET status = 'SENDING', attempts = attempts + 1, claimed_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND status = 'PENDING' AND next_attempt_at <= #{now}""")
    int claim(@Param("id") long id, @Param("now") LocalDateTime now);

    /** The end of an attempt: from SENDING to SENT, SKIPPED, FAILED or back to PENDING (retry at {@code next}). */
    @Update("""
            UPDATE notice SET status = #{status}, template_id = #{templateId}, next_attempt_at = #{next},
                   sent_at = #{sentAt}, last_errcode = #{errcode}, last_error = #{error}, updated_at = #{now}
            WHERE id = #{id} AND status = 'SENDING'""")
    int finish(@Param("id") long id, @Param("status") NoticeStatus status, @Param("templateId") String templateId,
               @Param("next") LocalDateTime next, @Param("sentAt") LocalDateTime sentAt, @Param("errcode") Integer errcode,
               @Param("error") String error, @Param("now") LocalDateTime now);

    /** SENDING rows claimed before the cutoff: their run stopped between the send and the status write. */
    @Select("""
            <script>
            SELECT id FROM notice WHERE status = 'SENDING' AND claimed_at &lt; #{cutoff}
            <if test="total > 1"> AND MOD(reader_id, #{total}) = #{index}</if>
            ORDER BY id LIMIT 500
            </script>""")
    List<Long> staleSendingIds(@Param("cutoff") LocalDateTime cutoff, @Param("index") int index, @Param("total") int total);

    @Update("""
            UPDATE notice SET status = 'FAILED', last_errcode = NULL, last_error = #{error}, updated_at = #{now}
            WHERE id = #{id} AND status = 'SENDING' AND claimed_at < #{cutoff}""")
    int abandonStale(@Param("id") long id, @Param("cutoff") LocalDateTime cutoff, @Param("error") String error,
                     @Param("now") LocalDateTime now);

    /** A librarian's resend: FAILED → PENDING, due now, with a fresh retry budget (the attempt log keeps the past). */
    @Update("""
            UPDATE notice SET status = 'PENDING', attempts = 0, next_attempt_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND status = 'FAILED'""")
    int resend(@Param("id") long id, @Param("now") LocalDateTime now);

    /** Pending notices of these kinds about one subject (id and attempts), for skipping them one by one. */
    @Select("""
            <script>
            SELECT id, attempts FROM notice
            WHERE subject_type = #{subjectType} AND subject_id = #{subjectId} AND status = 'PENDING'
              AND kind IN <foreach collection="kinds" item="k" open="(" separator="," close=")">#{k}</foreach>
            </script>""")
    List<Notice> pendingAbout(@Param("subjectType") NoticeKind.SubjectType subjectType, @Param("subjectId") long subjectId,
                              @Param("kinds") Collection<NoticeKind> kinds);

    /** A pending notice that no longer applies becomes SKIPPED (a returned or renewed loan); 0 when it was claimed. */
    @Update("""
            UPDATE notice SET status = 'SKIPPED', last_error = #{reason}, updated_at = #{now}
            WHERE id = #{id} AND status = 'PENDING'""")
    int skipPending(@Param("id") long id, @Param("reason") String reason, @Param("now") LocalDateTime now);

    // ------------------------------------------------------------------------------------------- SMS channel

    /** Takes the SMS channel of a notice: only one caller, once per notice (NULL → SENDING). */
    @Update("""
            UPDATE notice SET sms_status = 'SENDING', sms_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND sms_status IS NULL""")
    int claimSms(@Param("id") long id, @Param("now") LocalDateTime now);

    /** The end of the SMS attempt: SENDING → SENT | FAILED | SKIPPED. */
    @Update("""
            UPDATE notice SET sms_status = #{status}, sms_error = #{error}, updated_at = #{now}
            WHERE id = #{id} AND sms_status = 'SENDING'""")
    int finishSms(@Param("id") long id, @Param("status") NoticeStatus status, @Param("error") String error,
                  @Param("now") LocalDateTime now);

    /** SMS taken (sent or being sent) for a reader since a moment, for the daily cap (a reader's shard runs them in turn). */
    @Select("""
            SELECT COUNT(*) FROM notice
            WHERE reader_id = #{readerId} AND sms_status IN ('SENDING', 'SENT') AND sms_at >= #{since} AND id <> #{except}""")
    int smsSince(@Param("readerId") long readerId, @Param("since") LocalDateTime since, @Param("except") long except);

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
