package com.taoshu.order.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;

@Mapper
public interface OrderLineHistoryMapper extends BaseMapper<OrderLineHistory> {

    /** One row on static SQL, like {@link OrderHistoryMapper#add}: a handover writes one per book. */
    @Insert("""
            INSERT INTO order_line_history (order_id, line_id, from_status, to_status, actor_type, actor_id, reason,
                                            created_at)
            VALUES (#{orderId}, #{lineId}, #{fromStatus}, #{toStatus}, #{actorType}, #{actorId,jdbcType=BIGINT},
                    #{reason,jdbcType=VARCHAR}, #{createdAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int add(OrderLineHistory history);
}
