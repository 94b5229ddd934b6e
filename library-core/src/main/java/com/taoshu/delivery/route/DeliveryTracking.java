package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.internal.CourierMapper;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderTracking;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.time.Times;
import com.taoshu.staff.Staff;
import com.taoshu.staff.StaffDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the reader's books are: the courier (first name, masked phone), the last ping, and an ETA that follows the
 * courier — from the last position through the stops still before this one (haversine × detour at the vehicle's
 * speed, plus service time each) — and never earlier than planned. The 4-digit code only for the owner, only once out.
 */
@Component
public class DeliveryTracking implements OrderTracking {

    static final double DETOUR = 1.35;
    static final Duration SERVICE = Duration.ofMinutes(3);

    private final DeliveryStopMapper stops;
    private final DeliveryRouteMapper routes;
    private final CourierMapper couriers;
    private final StaffDirectory staff;
    private final CourierLocations locations;
    private final Clock clock;

    public DeliveryTracking(DeliveryStopMapper stops, DeliveryRouteMapper routes, CourierMapper couriers,
                            StaffDirectory staff, CourierLocations locations, Clock clock) {
        this.stops = stops;
        this.routes = routes;
        this.couriers = couriers;
        this.staff = staff;
        this.locations = locations;
        this.clock = clock;
    }

    @Override
    public Optional<Tracking> of(BorrowOrder order, boolean owner) {
        if (order.getStatus() != OrderStatus.DISPATCHED && order.getStatus() != OrderStatus.OUT_FOR_DELIVERY) {
            return Optional.empty();
        }
        DeliveryStop stop = stops.selectOne(Wrappers.<DeliveryStop>lambdaQuery().eq(DeliveryStop::getOrderId, order.getId())
                .in(DeliveryStop::getStatus, DeliveryStop.Status.PLANNED, DeliveryStop.Status.OUT)
                .orderByDesc(DeliveryStop::getId).last("LIMIT 1"));
        if (stop == null) {
            return Optional.empty();
        }
        DeliveryRoute route = routes.selectById(stop.getRouteId());
        Staff courierAccount = staff.find(route.getCourierId()).orElse(null);
        Courier courier = couriers.selectById(route.getCourierId());
        List<DeliveryStop> before = stops.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .eq(DeliveryStop::getRouteId, route.getId()).lt(DeliveryStop::getSeq, stop.getSeq())
                .in(DeliveryStop::getStatus, DeliveryStop.Status.PLANNED, DeliveryStop.Status.OUT)
                .orderByAsc(DeliveryStop::getSeq));
        Optional<CourierLocations.Position> position = locations.last(route.getCourierId());
        OffsetDateTime eta = null;
        if (order.getStatus() == OrderStatus.OUT_FOR_DELIVERY && position.isPresent() && courier != null) {
            eta = Times.toOffset(estimate(position.get().point(), before, stop, courier.getVehicle().metersPerSecond()));
            if (stop.getPlannedArrival() != null && eta.isBefore(Times.toOffset(stop.getPlannedArrival()))) {
                eta = Times.toOffset(stop.getPlannedArrival());
            }
        } else if (stop.getPlannedArrival() != null) {
            eta = Times.toOffset(stop.getPlannedArrival());
        }
        String name = courierAccount == null ? null : courierAccount.getName().substring(0, 1) + "师傅";
        String phone = courierAccount == null ? null : Masking.phone(courierAccount.getPhone());
        boolean showCode = owner && order.getStatus() == OrderStatus.OUT_FOR_DELIVERY;
        return Optional.of(new Tracking(name, phone,
                position.map(p -> p.point().lat()).orElse(null), position.map(p -> p.point().lng()).orElse(null),
                position.map(p -> p.at().atZone(Times.ZONE).toOffsetDateTime()).orElse(null),
                Times.toOffset(stop.getPlannedArrival()), eta, before.size(), showCode ? order.getHandoverCode() : null));
    }

    private LocalDateTime estimate(GeoPoint from, List<DeliveryStop> before, DeliveryStop target, double metersPerSecond) {
        return estimate(from, before.stream().map(DeliveryStop::point).toList(), target.point(), metersPerSecond,
                LocalDateTime.now(clock));
    }

    /** From the courier's position through the stops before the target (service time at each), to the target. */
    static LocalDateTime estimate(GeoPoint from, List<GeoPoint> before, GeoPoint target, double metersPerSecond,
                                  LocalDateTime now) {
        double seconds = 0;
        GeoPoint at = from;
        for (GeoPoint p : before) {
            seconds += at.metersTo(p) * DETOUR / metersPerSecond + SERVICE.toSeconds();
            at = p;
        }
        seconds += at.metersTo(target) * DETOUR / metersPerSecond;
        return now.plusSeconds(Math.round(seconds));
    }
}
