package com.taoshu.news.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.news.ActivitySignup;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ActivitySignupMapper extends BaseMapper<ActivitySignup> {

    /** CANCELLED → SIGNED_UP, conditional. */
    default int reactivate(long activityId, long readerId, LocalDateTime now) {
        return reactivate(activityId, readerId, now, ActivitySignup.Status.CANCELLED, ActivitySignup.Status.SIGNED_UP);
    }

    @Update("""
            UPDATE activity_signup SET status = #{to}, cancelled_at = NULL, updated_at = #{now}
            WHERE activity_id = #{activityId} AND reader_id = #{readerId} AND status = #{from}""")
    int reactivate(@Param("activityId") long activityId, @Param("readerId") long readerId, @Param("now") LocalDateTime now,
                   @Param("from") ActivitySignup.Status from, @Param("to") ActivitySignup.Status to);

    /** SIGNED_UP → CANCELLED, conditional. */
    default int cancel(long id, LocalDateTime now) {
        return cancel(id, now, ActivitySignup.Status.SIGNED_UP, ActivitySignup.Status.CANCELLED);
    }

    @Update("""
            UPDATE activity_signup SET status = #{to}, cancelled_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND status = #{from}""")
    int cancel(@Param("id") long id, @Param("now") LocalDateTime now, @Param("from") ActivitySignup.Status from,
               @Param("to") ActivitySignup.Status to);
}
