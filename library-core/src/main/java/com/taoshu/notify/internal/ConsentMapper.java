package com.taoshu.notify.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Subscribe-message consent: remaining sends per reader and template, changed only by conditional updates. */
@Mapper
public interface ConsentMapper {

    /** The reader accepted the template once more: one more send allowed. */
    @Insert("""
            INSERT INTO subscription_consent (reader_id, template_id, remaining, created_at, updated_at)
            VALUES (#{readerId}, #{templateId}, 1, #{now}, #{now})
            ON DUPLICATE KEY UPDATE remaining = remaining + 1, updated_at = #{now}""")
    int accept(@Param("readerId") long readerId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);

    /** Takes one send; 0 rows = no consent left. */
    @Update("""
            UPDATE subscription_consent SET remaining = remaining - 1, updated_at = #{now}
            WHERE reader_id = #{readerId} AND template_id = #{templateId} AND remaining > 0""")
    int consume(@Param("readerId") long readerId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);

    /** Gives back a send taken for an attempt that certainly did not reach the reader. */
    @Update("""
            UPDATE subscription_consent SET remaining = remaining + 1, updated_at = #{now}
            WHERE reader_id = #{readerId} AND template_id = #{templateId}""")
    int giveBack(@Param("readerId") long readerId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);

    /** WeChat says 43101: whatever we counted, the reader has no consent left for this template. */
    @Update("""
            UPDATE subscription_consent SET remaining = 0, updated_at = #{now}
            WHERE reader_id = #{readerId} AND template_id = #{templateId}""")
    int revoke(@Param("readerId") long readerId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);

    record Remaining(String templateId, int remaining) {
    }

    @Select("SELECT template_id, remaining FROM subscription_consent WHERE reader_id = #{readerId} ORDER BY template_id")
    List<Remaining> remaining(@Param("readerId") long readerId);
}
