package com.taoshu.delivery.route;

import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.time.Times;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Routes with their stops as couriers and librarians see them (phones masked; the address is what a courier needs). */
@Component
public class RouteViews {

    private final RouteViewMapper mapper;
    private final FieldCipher cipher;

    public RouteViews(RouteViewMapper mapper, FieldCipher cipher) {
        this.mapper = mapper;
        this.cipher = cipher;
    }

    public record BookView(String title, String barcode) {
    }

    public record StopView(long id, int seq, long orderId, String orderNo, DeliveryStop.Status status, String contactName,
                           String phoneMasked, String address, double lat, double lng, OffsetDateTime plannedArrival,
                           boolean locked, String failReason, OffsetDateTime completedAt, List<BookView> books) {
    }

    public record RouteView(long id, long branchId, long slotId, long courierId, String courierName,
                            DeliveryRoute.Status status, LocalDate date, LocalTime slotStart, LocalTime slotEnd,
                            OffsetDateTime plannedStart, int travelSeconds, List<StopView> stops) {
    }

    public List<RouteView> routes(LocalDate date, Long courierId, Long branchId, Long slotId) {
        List<RouteViewMapper.RouteRow> routes = mapper.routes(date, courierId, branchId, slotId);
        if (routes.isEmpty()) {
            return List.of();
        }
        List<RouteViewMapper.StopRow> stops = mapper.stops(routes.stream().map(RouteViewMapper.RouteRow::id).toList());
        Map<Long, List<BookView>> books = stops.isEmpty() ? Map.of()
                : mapper.books(stops.stream().map(RouteViewMapper.StopRow::orderId).toList()).stream()
                .collect(Collectors.groupingBy(RouteViewMapper.BookRow::orderId,
                        Collectors.mapping(b -> new BookView(b.title(), b.barcode()), Collectors.toList())));
        Map<Long, List<StopView>> byRoute = stops.stream().collect(Collectors.groupingBy(RouteViewMapper.StopRow::routeId,
                Collectors.mapping(s -> new StopView(s.id(), s.seq(), s.orderId(), s.orderNo(), s.status(), s.contactName(),
                        s.phoneMasked(), cipher.decrypt(s.detailCipher()), s.lat(), s.lng(), Times.toOffset(s.plannedArrival()),
                        s.locked(), s.failReason(), Times.toOffset(s.completedAt()), books.getOrDefault(s.orderId(), List.of())),
                        Collectors.toList())));
        return routes.stream().map(r -> new RouteView(r.id(), r.branchId(), r.slotId(), r.courierId(), r.courierName(),
                r.status(), r.slotDate(), r.startTime(), r.endTime(), Times.toOffset(r.plannedStart()), r.travelSeconds(),
                byRoute.getOrDefault(r.id(), List.of()))).toList();
    }
}
