package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface DeliveryStopMapper extends BaseMapper<DeliveryStop> {

    /**
     * Counts one wrong handover code in one statement, so simultaneous wrong codes queue on the row lock and each sees
     * the count the one before left: only an OUT, unlocked stop below {@code max} is counted, and the attempt that
     * reaches {@code max} locks it. 0 rows: the stop is locked already (or no longer out). {@code locked} is assigned
     * before the counter: MySQL and MariaDB evaluate SET left to right with the values already assigned, except MariaDB
     * under SIMULTANEOUS_ASSIGNMENT (old values); written this way every assignment reads the old counter in all three.
     */
    default int countWrongCode(long id, int max, LocalDateTime now) {
        return countWrongCode(id, max, now, DeliveryStop.Status.OUT);
    }

    @Update("""
            UPDATE delivery_stop
               SET locked = (wrong_code_attempts + 1 >= #{max}),
                   wrong_code_attempts = wrong_code_attempts + 1,
                   version = version + 1,
                   updated_at = #{now}
             WHERE id = #{id} AND status = #{out} AND locked = 0 AND wrong_code_attempts < #{max}""")
    int countWrongCode(@Param("id") long id, @Param("max") int max, @Param("now") LocalDateTime now,
                       @Param("out") DeliveryStop.Status out);
}
