package com.taoshu.order.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.order.OrderLine;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;

@Mapper
public interface OrderLineMapper extends BaseMapper<OrderLine> {

    /** One line on static SQL (see {@link OrderHistoryMapper#add}): a submit writes one per title. */
    @Insert("""
            INSERT INTO borrow_order_line (order_id, book_id, copy_id, status, reject_reason, created_at)
            VALUES (#{orderId}, #{bookId}, #{copyId}, #{status}, #{rejectReason,jdbcType=VARCHAR}, #{createdAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int add(OrderLine line);
}
