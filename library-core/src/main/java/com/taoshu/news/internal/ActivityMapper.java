package com.taoshu.news.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.news.Activity;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ActivityMapper extends BaseMapper<Activity> {

    /** Takes one place; 0 when the activity is full (the row lock makes concurrent sign-ups queue here). */
    default int takePlace(long id, LocalDateTime now) {
        return takePlace(id, now, Activity.Status.OPEN);
    }

    @Update("""
            UPDATE reading_activity SET signed_up = signed_up + 1, updated_at = #{now}
            WHERE id = #{id} AND status = #{open} AND signed_up < capacity""")
    int takePlace(@Param("id") long id, @Param("now") LocalDateTime now, @Param("open") Activity.Status open);

    @Update("UPDATE reading_activity SET signed_up = signed_up - 1, updated_at = #{now} WHERE id = #{id} AND signed_up > 0")
    int givePlaceBack(@Param("id") long id, @Param("now") LocalDateTime now);

    /** A librarian's edit: optimistic on version, and never below the places already taken. */
    @Update("""
            UPDATE reading_activity SET title = #{a.title}, description = #{a.description}, place = #{a.place},
                   starts_at = #{a.startsAt}, ends_at = #{a.endsAt}, capacity = #{a.capacity}, status = #{a.status},
                   version = version + 1, updated_at = #{now}
            WHERE id = #{a.id} AND version = #{a.version} AND signed_up <= #{a.capacity}""")
    int edit(@Param("a") Activity activity, @Param("now") LocalDateTime now);
}
