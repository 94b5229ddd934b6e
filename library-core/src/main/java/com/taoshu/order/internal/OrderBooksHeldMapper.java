package com.taoshu.order.internal;

import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import java.util.Collection;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface OrderBooksHeldMapper {

    @Select("""
            <script>
            SELECT COUNT(*) FROM borrow_order_line l JOIN borrow_order o ON o.id = l.order_id
            WHERE o.reader_id = #{readerId} AND l.status = #{held}
              AND o.status IN <foreach collection="open" item="s" open="(" separator="," close=")">#{s}</foreach>
            </script>""")
    int held(@Param("readerId") long readerId, @Param("held") LineStatus held,
             @Param("open") Collection<OrderStatus> open);
}
