package com.taoshu.delivery.route;

import com.taoshu.delivery.Courier;
import com.taoshu.order.Fulfilment;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The rows behind {@link com.taoshu.order.DeliveryInfo}: one query per page of orders, pickups or route stops, each
 * row the subject's slot, window and address with its latest stop (the order's or pickup's newest one: a failed visit
 * re-booked for the next slot shows the new one), that stop's route and courier.
 */
@Mapper
public interface DeliveryInfoMapper {

    record InfoRow(long subjectId, Long slotId, LocalDate slotDate, LocalTime startTime, LocalTime endTime,
                   LocalTime windowStart, LocalTime windowEnd, String detailCipher, String formattedMasked, Long stopId,
                   DeliveryStop.Status stopStatus, Integer seq, LocalDateTime plannedArrival, Double lat, Double lng,
                   LocalDateTime completedAt, Long routeId, DeliveryRoute.Status routeStatus, Long courierId,
                   String courierName, String courierPhone, Courier.Vehicle vehicle) {
    }

    record AheadRow(long routeId, int seq, double lat, double lng) {
    }

    String STOP_COLUMNS = """
            a.detail_cipher, a.formatted_masked, st.id AS stop_id, st.status AS stop_status, st.seq, st.planned_arrival,
            st.lat, st.lng, st.completed_at, r.id AS route_id, r.status AS route_status, r.courier_id, s.name AS courier_name,
            s.phone AS courier_phone, c.vehicle
            """;

    String ROUTE_JOINS = """
            LEFT JOIN delivery_route r ON r.id = st.route_id LEFT JOIN staff s ON s.id = r.courier_id
            LEFT JOIN courier c ON c.staff_id = r.courier_id
            """;

    @Select("<script>SELECT o.id AS subject_id, o.slot_id, ds.slot_date, ds.start_time, ds.end_time, o.window_start, "
            + "o.window_end, " + STOP_COLUMNS + """
            FROM borrow_order o LEFT JOIN delivery_slot ds ON ds.id = o.slot_id LEFT JOIN reader_address a ON a.id = o.address_id
            LEFT JOIN delivery_stop st ON st.id = (SELECT MAX(x.id) FROM delivery_stop x WHERE x.order_id = o.id)
            """ + ROUTE_JOINS + """
            WHERE o.fulfilment = #{delivery} AND o.id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<InfoRow> orders(@Param("ids") Collection<Long> orderIds, @Param("delivery") Fulfilment delivery);

    default List<InfoRow> orders(Collection<Long> orderIds) {
        return orders(orderIds, Fulfilment.DELIVERY);
    }

    @Select("<script>SELECT p.id AS subject_id, p.slot_id, ds.slot_date, ds.start_time, ds.end_time, p.window_start, "
            + "p.window_end, " + STOP_COLUMNS + """
            FROM return_pickup p LEFT JOIN delivery_slot ds ON ds.id = p.slot_id LEFT JOIN reader_address a ON a.id = p.address_id
            LEFT JOIN delivery_stop st ON st.id = (SELECT MAX(x.id) FROM delivery_stop x WHERE x.return_pickup_id = p.id)
            """ + ROUTE_JOINS + """
            WHERE p.id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<InfoRow> pickups(@Param("ids") Collection<Long> pickupIds);

    /** A route's stop as such (not the subject's newest): the slot is the route's, the window the order's or pickup's. */
    @Select("<script>SELECT st.id AS subject_id, r.slot_id, ds.slot_date, ds.start_time, ds.end_time, "
            + "COALESCE(o.window_start, p.window_start) AS window_start, COALESCE(o.window_end, p.window_end) AS window_end, "
            + STOP_COLUMNS + """
            FROM delivery_stop st JOIN reader_address a ON a.id = st.address_id
            LEFT JOIN borrow_order o ON o.id = st.order_id LEFT JOIN return_pickup p ON p.id = st.return_pickup_id
            """ + ROUTE_JOINS + """
            LEFT JOIN delivery_slot ds ON ds.id = r.slot_id
            WHERE st.id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<InfoRow> stops(@Param("ids") Collection<Long> stopIds);

    /** The stops still to visit on routes that are out, in order: what lies between a courier and a reader's door. */
    @Select("""
            <script>
            SELECT route_id, seq, lat, lng FROM delivery_stop
            WHERE status IN <foreach collection="toVisit" item="s" open="(" separator="," close=")">#{s}</foreach> AND route_id IN
            <foreach collection="routeIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY route_id, seq
            </script>""")
    List<AheadRow> ahead(@Param("routeIds") Collection<Long> routeIds,
                         @Param("toVisit") Collection<DeliveryStop.Status> toVisit);

    default List<AheadRow> ahead(Collection<Long> routeIds) {
        return ahead(routeIds, EnumSet.of(DeliveryStop.Status.PLANNED, DeliveryStop.Status.OUT));
    }
}
