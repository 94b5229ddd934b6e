package com.taoshu.delivery.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.delivery.Courier;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.delivery.solver.Stop;
import com.taoshu.delivery.solver.TimeWindow;
import com.taoshu.delivery.solver.Vehicle;
import com.taoshu.order.BorrowOrder;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link VisitBuilder}, pure: jobs become one solver visit per door (reader + address), with the loads, service time
 * and windows of the jobs at that door; location 0 is the branch; couriers become vehicles.
 */
class VisitBuilderTest {

    static final GeoPoint BRANCH = new GeoPoint(28.2282, 112.9388);
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final LocalTime NOON = LocalTime.of(12, 0);

    private static long ids = 1;

    private static ReaderAddress address(double lat, double lng) {
        ReaderAddress a = new ReaderAddress();
        a.setId(ids++);
        a.setLat(BigDecimal.valueOf(lat));
        a.setLng(BigDecimal.valueOf(lng));
        return a;
    }

    private static Job delivery(long reader, ReaderAddress at, int books, String from, String to) {
        BorrowOrder o = new BorrowOrder();
        o.setId(ids++);
        o.setReaderId(reader);
        o.setAddressId(at.getId());
        o.setWindowStart(from == null ? null : LocalTime.parse(from));
        o.setWindowEnd(to == null ? null : LocalTime.parse(to));
        return Job.delivery(o, at, books, false);
    }

    private static Job pickup(long reader, ReaderAddress at, int books, String from, String to) {
        ReturnPickup p = new ReturnPickup();
        p.setId(ids++);
        p.setReaderId(reader);
        p.setAddressId(at.getId());
        p.setBooks(books);
        p.setWindowStart(from == null ? null : LocalTime.parse(from));
        p.setWindowEnd(to == null ? null : LocalTime.parse(to));
        return Job.collection(p, at, true);
    }

    private static double at(String time) {
        return LocalTime.parse(time).toSecondOfDay();
    }

    @Test
    void aReadersDeliveryAndPickupAtOneDoorAreOneVisitThatHandsOverAndCollects() {
        ReaderAddress home = address(28.23, 112.94);
        ReaderAddress office = address(28.22, 112.93);
        List<Job> jobs = List.of(delivery(7, home, 2, null, null), delivery(8, office, 1, null, null),
                pickup(7, home, 3, null, null), delivery(7, office, 1, null, null));

        VisitBuilder.Visits visits = VisitBuilder.build(BRANCH, TEN, NOON, jobs, List.of());

        assertThat(visits.points()).containsExactly(BRANCH, home.point(), office.point(), office.point());
        assertThat(visits.stops()).extracting(Stop::id).containsExactly("v1", "v2", "v3");
        Stop both = visits.stops().getFirst();
        assertThat(both.location()).isEqualTo(1);
        assertThat(both.deliveryLoad()).isEqualTo(2);
        assertThat(both.pickupLoad()).isEqualTo(3);
        assertThat(both.serviceSeconds()).isEqualTo(VisitBuilder.SERVICE_SECONDS + VisitBuilder.EXTRA_JOB_SECONDS);
        assertThat(both.window()).isEqualTo(TimeWindow.of(at("10:00"), at("12:00")));
        assertThat(both.readerWindow()).isEmpty();
        assertThat(visits.jobsOf("v1")).containsExactly(jobs.get(0), jobs.get(2));
        assertThat(visits.carriesKept("v1")).as("the pickup is already on a route").isTrue();
        // another reader at the same address is another door
        assertThat(visits.jobsOf("v2")).containsExactly(jobs.get(1));
        assertThat(visits.jobsOf("v3")).containsExactly(jobs.get(3));
        assertThat(visits.stops().get(1).serviceSeconds()).isEqualTo(VisitBuilder.SERVICE_SECONDS);
        assertThat(visits.carriesKept("v2")).isFalse();
    }

    @Test
    void aDoorKeepsTheWindowItsJobsShareOrTheFirstOnesWhenTheyShareNone() {
        ReaderAddress a = address(28.23, 112.94);
        ReaderAddress b = address(28.22, 112.93);
        ReaderAddress c = address(28.21, 112.92);
        List<Job> jobs = List.of(
                delivery(1, a, 1, "10:00", "11:00"), pickup(1, a, 1, "10:30", "11:30"),
                delivery(2, b, 1, "10:00", "10:30"), pickup(2, b, 1, "11:00", "11:30"),
                delivery(3, c, 1, null, null), pickup(3, c, 1, "11:00", "12:00"));

        List<Stop> stops = VisitBuilder.build(BRANCH, TEN, NOON, jobs, List.of()).stops();

        assertThat(stops.get(0).readerWindow()).contains(TimeWindow.of(at("10:30"), at("11:00")));
        assertThat(stops.get(1).readerWindow()).contains(TimeWindow.of(at("10:00"), at("10:30")));
        assertThat(stops.get(2).readerWindow()).contains(TimeWindow.of(at("11:00"), at("12:00")));
        assertThat(VisitBuilder.readerWindow(List.of(delivery(4, c, 1, null, null)))).isEqualTo(Optional.empty());
    }

    @Test
    void couriersBecomeVehiclesLeavingAtMostAnHourBeforeTheSlot() {
        Courier early = courier(11, Courier.Vehicle.EBIKE, 40, "07:00", "18:00");
        Courier late = courier(12, Courier.Vehicle.WALK, 20, "09:30", "12:30");

        List<Vehicle> vehicles = VisitBuilder.build(BRANCH, TEN, NOON, List.of(), List.of(early, late)).vehicles();

        assertThat(vehicles).containsExactly(
                new Vehicle("11", 40, TimeWindow.of(at("09:00"), at("18:00")), "EBIKE", 0),
                new Vehicle("12", 20, TimeWindow.of(at("09:30"), at("12:30")), "WALK", 0));
    }

    private static Courier courier(long staffId, Courier.Vehicle vehicle, int bag, String from, String to) {
        Courier c = new Courier();
        c.setStaffId(staffId);
        c.setVehicle(vehicle);
        c.setBagCapacity(bag);
        c.setShiftStart(LocalTime.parse(from));
        c.setShiftEnd(LocalTime.parse(to));
        c.setOnLeave(false);
        return c;
    }
}
