package com.taoshu.delivery.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.delivery.DeliverySlot;
import java.time.LocalDate;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface DeliverySlotMapper extends BaseMapper<DeliverySlot> {

    /** Creates the date's slots from the branch's enabled templates; existing ones are left alone. */
    @Insert("""
            INSERT IGNORE INTO delivery_slot (branch_id, slot_date, start_time, end_time, capacity, reserved, created_at)
            SELECT t.branch_id, #{date}, t.start_time, t.end_time, t.capacity, 0, NOW(3)
            FROM delivery_slot_template t WHERE t.branch_id = #{branchId} AND t.enabled = 1""")
    int materialise(@Param("branchId") long branchId, @Param("date") LocalDate date);

    /** Takes one unit, never beyond capacity (conditional update). */
    @Update("UPDATE delivery_slot SET reserved = reserved + 1 WHERE id = #{slotId} AND reserved < capacity")
    int take(@Param("slotId") long slotId);

    @Update("UPDATE delivery_slot SET reserved = reserved - 1 WHERE id = #{slotId} AND reserved > 0")
    int give(@Param("slotId") long slotId);
}
