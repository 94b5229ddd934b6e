package com.taoshu.delivery.route;

import com.taoshu.loan.LoanStatus;
import com.taoshu.order.LineStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface RouteViewMapper {

    record RouteRow(long id, long branchId, long slotId, long courierId, String courierName, DeliveryRoute.Status status,
                    LocalDate slotDate, LocalTime startTime, LocalTime endTime, LocalDateTime plannedStart, int travelSeconds,
                    int version) {
    }

    record StopRow(long id, long routeId, int seq, Long orderId, String orderNo, Long returnPickupId, DeliveryStop.Status status,
                   String contactName, String phoneMasked, String detailCipher, double lat, double lng,
                   LocalDateTime plannedArrival, boolean locked, String failReason, LocalDateTime completedAt,
                   String contact2Name, String contact2PhoneMasked, boolean viaBranch) {
    }

    record BookRow(long orderId, String title, String barcode) {
    }

    @Select("""
            <script>
            SELECT r.id, r.branch_id, r.slot_id, r.courier_id, s.name AS courier_name, r.status, ds.slot_date, ds.start_time,
                   ds.end_time, r.planned_start, r.travel_seconds,
                   r.version
            FROM delivery_route r JOIN delivery_slot ds ON ds.id = r.slot_id JOIN staff s ON s.id = r.courier_id
            WHERE ds.slot_date = #{date}
            <if test="courierId != null"> AND r.courier_id = #{courierId}</if>
            <if test="branchId != null"> AND r.branch_id = #{branchId}</if>
            <if test="slotId != null"> AND r.slot_id = #{slotId}</if>
            ORDER BY ds.start_time, r.id
            </script>""")
    List<RouteRow> routes(@Param("date") LocalDate date, @Param("courierId") Long courierId, @Param("branchId") Long branchId,
                          @Param("slotId") Long slotId);

    @Select("""
            <script>
            SELECT st.id, st.route_id, st.seq, st.order_id, o.order_no, st.return_pickup_id, st.status, a.contact_name,
                   a.phone_masked, a.detail_cipher, st.lat, st.lng, st.planned_arrival, st.locked, st.fail_reason, st.completed_at,
                   a.contact2_name, a.contact2_phone_masked, st.via_branch
            FROM delivery_stop st LEFT JOIN borrow_order o ON o.id = st.order_id JOIN reader_address a ON a.id = st.address_id
            WHERE st.route_id IN <foreach collection="routeIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY st.route_id, st.seq
            </script>""")
    List<StopRow> stops(@Param("routeIds") Collection<Long> routeIds);

    @Select("""
            <script>
            SELECT l.order_id, b.title, c.barcode FROM borrow_order_line l JOIN book b ON b.id = l.book_id
            JOIN book_copy c ON c.id = l.copy_id
            WHERE l.status IN <foreach collection="carried" item="s" open="(" separator="," close=")">#{s}</foreach> AND l.order_id IN
            <foreach collection="orderIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<BookRow> books(@Param("orderIds") Collection<Long> orderIds, @Param("carried") Collection<LineStatus> carried);

    /** The books an order carries: held for it, or lent on handover. */
    default List<BookRow> books(Collection<Long> orderIds) {
        return books(orderIds, EnumSet.of(LineStatus.HELD, LineStatus.LENT));
    }

    record PickupBookRow(long pickupId, long loanId, String title, String barcode) {
    }

    /**
     * What a courier collects: the loans still promised to the pickup (or already in the bag) and, once the pickup is
     * settled ({@code collected} marked on its items), the ones actually taken — still listed after the branch checked
     * them in (loan RETURNED), so a finished stop does not read "取 0 本".
     */
    @Select("""
            <script>
            SELECT i.pickup_id, l.id AS loan_id, b.title, c.barcode FROM return_pickup_item i
            JOIN loan l ON l.id = i.loan_id JOIN book b ON b.id = l.book_id JOIN book_copy c ON c.id = l.copy_id
            WHERE (i.collected = 1 OR (i.collected IS NULL AND l.return_pickup_id = i.pickup_id
                                       AND l.status IN <foreach collection="promised" item="s" open="(" separator="," close=")">#{s}</foreach>))
              AND i.pickup_id IN
            <foreach collection="pickupIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY i.pickup_id, l.id
            </script>""")
    List<PickupBookRow> pickupBooks(@Param("pickupIds") Collection<Long> pickupIds,
                                    @Param("promised") Collection<LoanStatus> promised);

    default List<PickupBookRow> pickupBooks(Collection<Long> pickupIds) {
        return pickupBooks(pickupIds, EnumSet.of(LoanStatus.ACTIVE, LoanStatus.RETURN_COLLECTED));
    }
}
