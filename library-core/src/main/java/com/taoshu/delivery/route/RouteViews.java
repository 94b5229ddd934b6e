package com.taoshu.delivery.route;

import com.taoshu.order.DeliveryInfo;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Routes with their stops as couriers and librarians see them: phones masked; the address in full for the courier while
 * the route is not finished (they must find the door), masked at the desk. Each stop carries its {@link DeliveryInfo}.
 */
@NamedInterface("route")
@Component
public class RouteViews {

    private final RouteViewMapper mapper;
    private final DeliveryInfos deliveryInfos;

    public RouteViews(RouteViewMapper mapper, DeliveryInfos deliveryInfos) {
        this.mapper = mapper;
        this.deliveryInfos = deliveryInfos;
    }

    /** Named apart from the catalog's {@code BookView} in the OpenAPI document (one schema per name). */
    @Schema(name = "RouteBookView")
    public record BookView(String title, String barcode) {
    }

    /** A book to collect on a return pickup: the courier names the loans actually taken. */
    public record CollectView(long loanId, String title, String barcode) {
    }

    /**
     * One job at a door: {@code kind} DELIVERY (hand over {@code books} with the reader's code) or PICKUP (collect
     * {@code collect}). {@code address} is {@code delivery.address}: in full for the courier of a route not yet finished,
     * masked at the desk; names masked for the courier (王**). Phones are always masked here (the optional family contact too): the courier reveals a full
     * number on demand while out ({@link ContactRevealService}). {@code viaBranch}: added after the courier set off,
     * the books are fetched at the branch first.
     */
    public record StopView(long id, int seq, String kind, Long orderId, String orderNo, Long returnPickupId,
                           DeliveryStop.Status status, String statusLabel, String contactName, String phoneMasked,
                           String contact2Name, String contact2PhoneMasked, String address, double lat,
                           double lng, OffsetDateTime plannedArrival, boolean locked, String failReason,
                           OffsetDateTime completedAt, List<BookView> books, List<CollectView> collect,
                           DeliveryInfo delivery, boolean viaBranch) {
    }

    /** {@code version} changes whenever the route's stops change (added, moved, re-timed): the courier app compares it. */
    public record RouteView(long id, long branchId, long slotId, long courierId, String courierName,
                            DeliveryRoute.Status status, LocalDate date, LocalTime slotStart, LocalTime slotEnd,
                            OffsetDateTime plannedStart, int travelSeconds, List<StopView> stops, int version) {
    }

    /** A day's routes at the desk: the librarian's branch's (another branch asked for is 403); an ADMIN's any or all. */
    public List<RouteView> atDesk(LocalDate date, Long branchId, Long slotId, StaffPrincipal by) {
        return routes(date, null, BranchScope.list(by, branchId), slotId, Viewer.STAFF);
    }

    /** A courier's routes as their courier sees them. */
    public List<RouteView> routes(LocalDate date, Long courierId, Long branchId, Long slotId) {
        return routes(date, courierId, branchId, slotId, Viewer.COURIER);
    }

    public List<RouteView> routes(LocalDate date, Long courierId, Long branchId, Long slotId, Viewer viewer) {
        List<RouteViewMapper.RouteRow> routes = mapper.routes(date, courierId, branchId, slotId);
        if (routes.isEmpty()) {
            return List.of();
        }
        List<RouteViewMapper.StopRow> stops = mapper.stops(routes.stream().map(RouteViewMapper.RouteRow::id).toList());
        Map<Long, DeliveryInfo> delivery = deliveryInfos.ofStops(stops.stream().map(RouteViewMapper.StopRow::id).toList(),
                viewer);
        List<Long> orderIds = stops.stream().map(RouteViewMapper.StopRow::orderId).filter(Objects::nonNull).toList();
        Map<Long, List<BookView>> books = orderIds.isEmpty() ? Map.of()
                : mapper.books(orderIds).stream()
                .collect(Collectors.groupingBy(RouteViewMapper.BookRow::orderId,
                        Collectors.mapping(b -> new BookView(b.title(), b.barcode()), Collectors.toList())));
        List<Long> pickupIds = stops.stream().map(RouteViewMapper.StopRow::returnPickupId).filter(Objects::nonNull).toList();
        Map<Long, List<CollectView>> collect = pickupIds.isEmpty() ? Map.of()
                : mapper.pickupBooks(pickupIds).stream()
                .collect(Collectors.groupingBy(RouteViewMapper.PickupBookRow::pickupId,
                        Collectors.mapping(b -> new CollectView(b.loanId(), b.title(), b.barcode()), Collectors.toList())));
        Map<Long, List<StopView>> byRoute = stops.stream().collect(Collectors.groupingBy(RouteViewMapper.StopRow::routeId,
                Collectors.mapping(s -> new StopView(s.id(), s.seq(), s.returnPickupId() != null ? "PICKUP" : "DELIVERY",
                        s.orderId(), s.orderNo(), s.returnPickupId(), s.status(), s.status().label(), nameFor(viewer, s.contactName()),
                        s.phoneMasked(), nameFor(viewer, s.contact2Name()), s.contact2PhoneMasked(), delivery.get(s.id()).address(), s.lat(), s.lng(), Times.toOffset(s.plannedArrival()),
                        s.locked(), s.failReason(), Times.toOffset(s.completedAt()),
                        s.orderId() == null ? List.of() : books.getOrDefault(s.orderId(), List.of()),
                        s.returnPickupId() == null ? List.of() : collect.getOrDefault(s.returnPickupId(), List.of()),
                        delivery.get(s.id()), s.viaBranch()),
                        Collectors.toList())));
        return routes.stream().map(r -> new RouteView(r.id(), r.branchId(), r.slotId(), r.courierId(), r.courierName(),
                r.status(), r.slotDate(), r.startTime(), r.endTime(), Times.toOffset(r.plannedStart()), r.travelSeconds(),
                byRoute.getOrDefault(r.id(), List.of()), r.version())).toList();
    }

    /** The courier reads names masked (王**), as on the parcel label; the desk in full. */
    private static String nameFor(Viewer viewer, String name) {
        return viewer == Viewer.COURIER && name != null ? Masking.name(name) : name;
    }
}
