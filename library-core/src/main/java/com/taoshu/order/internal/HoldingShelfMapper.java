package com.taoshu.order.internal;

import com.taoshu.order.internal.HoldingShelf;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The slot rows of {@link HoldingShelf}: one per order on the shelf, keyed by (branch, slot). */
@Mapper
public interface HoldingShelfMapper {

    @Select("SELECT slot_no FROM holding_shelf_slot WHERE branch_id = #{branchId}")
    List<Integer> taken(@Param("branchId") long branchId);

    @Insert("INSERT INTO holding_shelf_slot (branch_id, slot_no, order_id, assigned_at) VALUES (#{branchId}, #{slotNo}, #{orderId}, #{at})")
    int take(@Param("branchId") long branchId, @Param("slotNo") int slotNo, @Param("orderId") long orderId,
             @Param("at") LocalDateTime at);

    @Delete("DELETE FROM holding_shelf_slot WHERE order_id = #{orderId}")
    int free(@Param("orderId") long orderId);

    record Row(long orderId, int slotNo) {
    }

    @Select("""
            <script>
            SELECT order_id, slot_no FROM holding_shelf_slot WHERE order_id IN
            <foreach collection="orderIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<Row> ofOrders(@Param("orderIds") Collection<Long> orderIds);
}
