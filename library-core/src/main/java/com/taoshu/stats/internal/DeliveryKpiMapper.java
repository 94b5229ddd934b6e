package com.taoshu.stats.internal;

import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.order.LineStatus;
import com.taoshu.stats.internal.OnTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface DeliveryKpiMapper {

    record StopRow(long id, long routeId, int seq, DeliveryStop.Status status, double lat, double lng,
                   LocalDateTime completedAt, Long orderId, Long returnPickupId, LocalDateTime startedAt,
                   double branchLat, double branchLng, LocalDate slotDate, LocalTime endTime, boolean onTime,
                   Integer travelSeconds) {
    }

    record Count(long id, int n) {
    }

    @Select("""
            <script>
            SELECT st.id, st.route_id, st.seq, st.status, st.lat, st.lng, st.completed_at, st.order_id, st.return_pickup_id,
                   r.started_at, br.lat AS branch_lat, br.lng AS branch_lng, ds.slot_date, ds.end_time,
                   COALESCE(""" + OnTime.CONDITION + """
                   , 0) AS on_time, r.travel_seconds
            FROM delivery_stop st JOIN delivery_route r ON r.id = st.route_id JOIN delivery_slot ds ON ds.id = r.slot_id
            JOIN branch br ON br.id = r.branch_id
            WHERE ds.slot_date BETWEEN #{from} AND #{to}
            <if test="branchId != null"> AND r.branch_id = #{branchId}</if>
            ORDER BY st.route_id, st.seq
            </script>""")
    List<StopRow> stops(@Param("branchId") Long branchId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Books handed over per delivered order. */
    @Select("""
            <script>
            SELECT order_id AS id, COUNT(*) AS n FROM borrow_order_line WHERE status = #{lent} AND order_id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            GROUP BY order_id
            </script>""")
    List<Count> orderBooks(@Param("ids") Collection<Long> orderIds, @Param("lent") LineStatus lent);

    default List<Count> orderBooks(Collection<Long> orderIds) {
        return orderBooks(orderIds, LineStatus.LENT);
    }

    /** Books collected per return pickup. */
    @Select("""
            <script>
            SELECT pickup_id AS id, COUNT(*) AS n FROM return_pickup_item WHERE collected = 1 AND pickup_id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            GROUP BY pickup_id
            </script>""")
    List<Count> pickupBooks(@Param("ids") Collection<Long> pickupIds);
}
