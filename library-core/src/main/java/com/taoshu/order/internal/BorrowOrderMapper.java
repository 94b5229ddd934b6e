package com.taoshu.order.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.internal.OrderHistoryMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface BorrowOrderMapper extends BaseMapper<BorrowOrder> {

    /**
     * A just-submitted order on static SQL (see {@link OrderHistoryMapper#add}): the columns {@link BorrowOrder#submit}
     * sets; the decision, pickup, delivery and closing columns start NULL and are written by later transitions.
     */
    @Insert("""
            INSERT INTO borrow_order (order_no, reader_id, branch_id, fulfilment, status, address_id, slot_id,
                                      window_start, window_end, delivery_attempts, submitted_at, version, created_at, updated_at)
            VALUES (#{orderNo}, #{readerId}, #{branchId}, #{fulfilment}, #{status}, #{addressId,jdbcType=BIGINT},
                    #{slotId,jdbcType=BIGINT}, #{windowStart,jdbcType=TIME}, #{windowEnd,jdbcType=TIME}, #{deliveryAttempts},
                    #{submittedAt}, #{version}, #{submittedAt}, #{submittedAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int insertSubmitted(BorrowOrder order);

    /**
     * The highest per-day sequence among the order numbers of one day ({@code prefix}: TS + yyyyMMdd), 0 when there
     * are none: {@link OrderNumbers} starts above it when Redis has lost the day's counter. A range of the unique index
     * on {@code order_no}, read only then.
     */
    @Select("""
            SELECT COALESCE(MAX(CAST(SUBSTRING(order_no, 11) AS UNSIGNED)), 0) FROM borrow_order
            WHERE order_no LIKE CONCAT(#{prefix}, '%')""")
    long highestSequence(String prefix);

    /** The pickup codes in use on a branch's holding shelf: a new one is drawn among the others. */
    default java.util.List<String> pickupCodesOnShelf(long branchId) {
        return pickupCodesOnShelf(branchId, OrderStatus.READY_FOR_PICKUP);
    }

    @Select("""
            SELECT handover_code FROM borrow_order
            WHERE branch_id = #{branchId} AND status = #{onShelf} AND handover_code IS NOT NULL""")
    java.util.List<String> pickupCodesOnShelf(@Param("branchId") long branchId, @Param("onShelf") OrderStatus onShelf);
}
