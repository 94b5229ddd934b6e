package com.taoshu.delivery.route;

import com.taoshu.delivery.GeoPoint;
import com.taoshu.order.DeliveryInfo;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.order.DeliveryInfoLookup;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.redisson.client.RedisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Assembles {@link DeliveryInfo} for a page of orders, pickups or route stops: one query for the page, one more for the
 * stops ahead on routes that are out, and one Redis read per courier out (their last position) — never one per row.
 *
 * <p>Who sees the address: the reader their own, in full; the courier in full for the stops of their route until it is
 * finished (they must find the door); librarians district and road with the numbers hidden (a desk has no need of the
 * door, and the address stays encrypted at rest and out of desk screens).
 */
@NamedInterface("route")
@Component
public class DeliveryInfos implements DeliveryInfoLookup {

    private static final Logger log = LoggerFactory.getLogger(DeliveryInfos.class);

    private final DeliveryInfoMapper mapper;
    private final CourierLocations locations;
    private final FieldCipher cipher;
    private final Clock clock;

    public DeliveryInfos(DeliveryInfoMapper mapper, CourierLocations locations, FieldCipher cipher, Clock clock) {
        this.mapper = mapper;
        this.locations = locations;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Keyed by order id; orders fetched at the desk are not in the map. */
    @Override
    public Map<Long, DeliveryInfo> ofOrders(Collection<Long> orderIds, Viewer viewer) {
        return orderIds.isEmpty() ? Map.of() : assemble(mapper.orders(orderIds), viewer);
    }

    /** Keyed by return pickup id. */
    public Map<Long, DeliveryInfo> ofPickups(Collection<Long> pickupIds, Viewer viewer) {
        return pickupIds.isEmpty() ? Map.of() : assemble(mapper.pickups(pickupIds), viewer);
    }

    /** Keyed by stop id: the stop itself, as the courier's route or the dispatch board lists it. */
    public Map<Long, DeliveryInfo> ofStops(Collection<Long> stopIds, Viewer viewer) {
        return stopIds.isEmpty() ? Map.of() : assemble(mapper.stops(stopIds), viewer);
    }

    public Optional<DeliveryInfo> ofOrder(long orderId, Viewer viewer) {
        return Optional.ofNullable(ofOrders(List.of(orderId), viewer).get(orderId));
    }

    /**
     * A list must not fail because Redis (where positions live) does: without the position the ETA is the planned one
     * ({@code etaLive} false), which is what a lost position gives anyway.
     */
    private Optional<CourierLocations.Position> lastPosition(long courierId) {
        try {
            return locations.last(courierId);
        } catch (RedisException e) {
            log.warn("courier {} position unreadable, showing the planned ETA: {}", courierId, e.toString());
            return Optional.empty();
        }
    }

    private Map<Long, DeliveryInfo> assemble(List<DeliveryInfoMapper.InfoRow> rows, Viewer viewer) {
        List<Long> routesOut = rows.stream().filter(r -> r.stopStatus() == DeliveryStop.Status.OUT)
                .map(DeliveryInfoMapper.InfoRow::routeId).filter(Objects::nonNull).distinct().toList();
        Map<Long, List<DeliveryInfoMapper.AheadRow>> ahead = routesOut.isEmpty() ? Map.of()
                : mapper.ahead(routesOut).stream().collect(Collectors.groupingBy(DeliveryInfoMapper.AheadRow::routeId));
        Map<Long, Optional<CourierLocations.Position>> positions = new HashMap<>();
        LocalDateTime now = LocalDateTime.now(clock);
        return rows.stream().collect(Collectors.toMap(DeliveryInfoMapper.InfoRow::subjectId, r -> {
            boolean planned = r.stopStatus() == DeliveryStop.Status.PLANNED || r.stopStatus() == DeliveryStop.Status.OUT;
            OffsetDateTime plannedArrival = planned ? Times.toOffset(r.plannedArrival()) : null;
            OffsetDateTime eta = plannedArrival;
            boolean live = false;
            if (r.stopStatus() == DeliveryStop.Status.OUT && r.courierId() != null && r.vehicle() != null && r.lat() != null) {
                Optional<CourierLocations.Position> at = positions.computeIfAbsent(r.courierId(), this::lastPosition);
                if (at.isPresent()) {
                    List<GeoPoint> before = ahead.getOrDefault(r.routeId(), List.of()).stream()
                            .filter(a -> a.seq() < r.seq()).map(a -> new GeoPoint(a.lat(), a.lng())).toList();
                    OffsetDateTime estimate = Times.toOffset(DeliveryTracking.estimate(at.get().point(), before,
                            new GeoPoint(r.lat(), r.lng()), r.vehicle().metersPerSecond(), now));
                    eta = plannedArrival == null || estimate.isAfter(plannedArrival) ? estimate : plannedArrival;
                    live = true;
                }
            }
            boolean full = viewer == Viewer.OWNER
                    || viewer == Viewer.COURIER && r.routeStatus() != null && r.routeStatus() != DeliveryRoute.Status.FINISHED;
            String text = r.detailCipher() == null ? null : cipher.decrypt(r.detailCipher());
            String address = full ? text : text != null ? Masking.address(text) : r.formattedMasked();
            String courier = r.courierName() == null ? null
                    : viewer == Viewer.OWNER ? r.courierName().substring(0, 1) + "师傅" : r.courierName();
            return new DeliveryInfo(r.slotId(), r.slotDate(), r.startTime(), r.endTime(), r.windowStart(), r.windowEnd(),
                    address, !full, courier, Masking.phone(r.courierPhone()), planned, plannedArrival, eta, live,
                    r.stopStatus() == null ? null : r.stopStatus().name(), Times.toOffset(r.completedAt()));
        }, (a, b) -> a));
    }

}
