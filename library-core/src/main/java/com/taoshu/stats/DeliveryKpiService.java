package com.taoshu.stats;

import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stats.internal.DeliveryKpiMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Delivery KPIs for a branch (or all) over slot dates: on-time rate (handed over or collected before the slot's end,
 * the time the reader was promised), failed rate, books per courier-hour (from setting off to the last door, at least the
 * route's planned driving time) and km per
 * book (depot → doors in visiting order → depot, straight line × the planner's detour factor: an estimate, labelled so).
 */
@Service
public class DeliveryKpiService {

    public static final int MAX_DAYS = 92;
    static final double DETOUR = 1.35;

    private final DeliveryKpiMapper mapper;

    public DeliveryKpiService(DeliveryKpiMapper mapper) {
        this.mapper = mapper;
    }

    public record Day(LocalDate date, int finished, int onTime, int late, int failed, int books) {
    }

    public record Kpis(LocalDate from, LocalDate to, Long branchId, int stops, int finished, int delivered, int collected,
                       int failed, int onTime, int late, Double onTimeRate, Double failedRate, int books,
                       double courierHours, Double booksPerCourierHour, double estimatedKm, Double kmPerBook,
                       List<Day> days) {
    }

    /** The librarian's branch's figures (another branch asked for is 403); an ADMIN's of any branch or all. */
    public Kpis kpis(Long requestedBranch, LocalDate from, LocalDate to, StaffPrincipal by) {
        Long branchId = BranchScope.list(by, requestedBranch);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw CommonErrorCode.BAD_REQUEST.exception("日期范围不正确：结束日期不能早于开始日期，且最多" + MAX_DAYS + "天");
        }
        List<DeliveryKpiMapper.StopRow> stops = mapper.stops(branchId, from, to);
        Map<Long, Integer> orderBooks = counts(stops.stream().map(DeliveryKpiMapper.StopRow::orderId)
                .filter(Objects::nonNull).toList(), true);
        Map<Long, Integer> pickupBooks = counts(stops.stream().map(DeliveryKpiMapper.StopRow::returnPickupId)
                .filter(Objects::nonNull).toList(), false);

        int delivered = 0, collected = 0, failed = 0, onTime = 0, late = 0, books = 0;
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        for (DeliveryKpiMapper.StopRow s : stops) {
            int[] day = byDay.computeIfAbsent(s.slotDate(), d -> new int[5]);
            if (s.status() == DeliveryStop.Status.FAILED) {
                failed++;
                day[0]++;
                day[3]++;
            } else if (s.status() == DeliveryStop.Status.DELIVERED || s.status() == DeliveryStop.Status.COLLECTED) {
                if (s.status() == DeliveryStop.Status.DELIVERED) {
                    delivered++;
                } else {
                    collected++;
                }
                int n = s.orderId() != null ? orderBooks.getOrDefault(s.orderId(), 0) : pickupBooks.getOrDefault(s.returnPickupId(), 0);
                books += n;
                boolean inTime = s.onTime();
                onTime += inTime ? 1 : 0;
                late += inTime ? 0 : 1;
                day[0]++;
                day[inTime ? 1 : 2]++;
                day[4] += n;
            }
        }
        double hours = 0;
        double km = 0;
        for (List<DeliveryKpiMapper.StopRow> route : stops.stream()
                .collect(Collectors.groupingBy(DeliveryKpiMapper.StopRow::routeId, TreeMap::new, Collectors.toList())).values()) {
            DeliveryKpiMapper.StopRow first = route.getFirst();
            if (first.startedAt() == null) {
                continue; // planned only: no courier time, no kilometres yet
            }
            LocalDateTime last = route.stream().map(DeliveryKpiMapper.StopRow::completedAt).filter(Objects::nonNull)
                    .max(LocalDateTime::compareTo).orElse(null);
            if (last != null) {
                hours += courierSeconds(first.startedAt(), last, first.travelSeconds()) / 3600.0;
            }
            GeoPoint depot = new GeoPoint(first.branchLat(), first.branchLng());
            GeoPoint at = depot;
            for (DeliveryKpiMapper.StopRow s : route) {
                if (s.completedAt() == null) {
                    continue;
                }
                GeoPoint door = new GeoPoint(s.lat(), s.lng());
                km += at.metersTo(door) * DETOUR / 1000;
                at = door;
            }
            km += at.metersTo(depot) * DETOUR / 1000;
        }
        int finished = delivered + collected + failed;
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, d) -> days.add(new Day(date, d[0], d[1], d[2], d[3], d[4])));
        return new Kpis(from, to, branchId, stops.size(), finished, delivered, collected, failed, onTime, late,
                ratio(onTime, delivered + collected), ratio(failed, finished), books, round(hours),
                hours > 0 ? round(books / hours) : null, round(km), books > 0 ? round(km / books) : null, days);
    }

    /**
     * A route's courier time: from setting off to the last door, but never less than the planned driving time of the
     * route. Confirmations tapped in a burst (a demo, or a courier confirming at the end) would otherwise make a route
     * of hours last seconds and the books per courier-hour read thousands.
     */
    static double courierSeconds(LocalDateTime startedAt, LocalDateTime lastDoor, Integer plannedTravelSeconds) {
        long recorded = lastDoor.isAfter(startedAt) ? ChronoUnit.SECONDS.between(startedAt, lastDoor) : 0;
        return Math.max(recorded, plannedTravelSeconds == null ? 0 : plannedTravelSeconds);
    }

    private Map<Long, Integer> counts(List<Long> ids, boolean orders) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return (orders ? mapper.orderBooks(ids) : mapper.pickupBooks(ids)).stream()
                .collect(Collectors.toMap(DeliveryKpiMapper.Count::id, DeliveryKpiMapper.Count::n));
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
