package com.taoshu.news;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ActivitySignupMapper extends BaseMapper<ActivitySignup> {

    @Update("""
            UPDATE activity_signup SET status = 'SIGNED_UP', cancelled_at = NULL, updated_at = #{now}
            WHERE activity_id = #{activityId} AND reader_id = #{readerId} AND status = 'CANCELLED'""")
    int reactivate(@Param("activityId") long activityId, @Param("readerId") long readerId, @Param("now") LocalDateTime now);

    @Update("""
            UPDATE activity_signup SET status = 'CANCELLED', cancelled_at = #{now}, updated_at = #{now}
            WHERE id = #{id} AND status = 'SIGNED_UP'""")
    int cancel(@Param("id") long id, @Param("now") LocalDateTime now);
}
