package com.taoshu.delivery.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.taoshu.delivery.solver.TravelMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RemainingRoute}, pure: the route from where the courier is, the cheapest feasible insertion of a new stop, the
 * windows of the stops after it, the bag. Travel seconds are straight-line distances between points on a plane:
 * branch (0,0), courier now (100,0), A (200,0), B (400,0), new stop N (300,100).
 */
class RemainingRouteTest {

    static final double[][] XY = {{0, 0}, {100, 0}, {200, 0}, {400, 0}, {300, 100}};
    static final int COURIER = 1;
    static final int A = 2;
    static final int B = 3;
    static final int N = 4;
    static final double NOW = 36_000; // 10:00
    static final double SLOT_END = 43_200; // 12:00
    static final double SQRT2 = Math.sqrt(2);

    static final TravelMatrix MATRIX;

    static {
        double[][] seconds = new double[XY.length][XY.length];
        for (int i = 0; i < XY.length; i++) {
            for (int j = 0; j < XY.length; j++) {
                seconds[i][j] = Math.hypot(XY[i][0] - XY[j][0], XY[i][1] - XY[j][1]);
            }
        }
        MATRIX = TravelMatrix.ofSeconds(seconds);
    }

    private static RemainingRoute route(int capacity, int collectedInBag) {
        return new RemainingRoute(MATRIX, COURIER, NOW, capacity, collectedInBag, 45_000);
    }

    private static RemainingRoute.Node stop(int location, double windowEnd, int deliver, int collect) {
        return new RemainingRoute.Node(location, NOW, windowEnd, 0, deliver, collect, false, Double.NaN);
    }

    private static List<RemainingRoute.Node> aThenB(double bWindowEnd) {
        return List.of(stop(A, SLOT_END, 1, 0), stop(B, bWindowEnd, 1, 0));
    }

    @Test
    void theRouteRunsFromWhereTheCourierIsNowNotFromTheBranch() {
        RemainingRoute.Schedule s = route(10, 0).schedule(aThenB(SLOT_END));

        assertThat(s.feasible()).isTrue();
        assertThat(s.starts()).containsExactly(NOW + 100, NOW + 300);
        assertThat(s.travelSeconds()).as("courier→A→B→branch").isCloseTo(100 + 200 + 400, within(1e-9));
    }

    @Test
    void aNewStopGoesWhereItAddsLeastTravelAndTheOthersKeepTheirOrder() {
        RemainingRoute r = route(10, 0);
        RemainingRoute.Insertion at = r.cheapest(aThenB(SLOT_END), stop(N, SLOT_END, 0, 1)).orElseThrow();

        // between A and B: 2·100√2 − 200 ≈ 82.8 s; after B: 100√2 + √(300²+100²) − 400 ≈ 57.6 s
        assertThat(at.position()).isEqualTo(2);
        assertThat(at.extraTravelSeconds()).isCloseTo(100 * SQRT2 + Math.hypot(300, 100) - 400, within(1e-6));
        assertThat(at.schedule().starts()[0]).as("A, before it, keeps its time").isEqualTo(NOW + 100);
        assertThat(at.schedule().starts()[1]).as("B keeps its time").isEqualTo(NOW + 300);
        assertThat(at.schedule().starts()[2]).isCloseTo(NOW + 300 + 100 * SQRT2, within(1e-6));
    }

    @Test
    void aNewStopThatMakesALaterStopLateOrMissesItsOwnWindowDoesNotGoIn() {
        RemainingRoute r = route(10, 0);
        // B must start by 10:05: anything before B makes it late; after B, N's own window (until 10:06:40) is missed
        List<RemainingRoute.Node> tight = aThenB(NOW + 300);
        assertThat(r.schedule(tight).feasible()).isTrue();
        assertThat(r.cheapest(tight, stop(N, NOW + 400, 0, 1))).isEmpty();
        // with a wider window of its own it goes after B, and B stays on time
        assertThat(r.cheapest(tight, stop(N, NOW + 500, 0, 1))).get()
                .extracting(RemainingRoute.Insertion::position).isEqualTo(2);
        // a librarian may still force it in: least extra travel among the infeasible places
        RemainingRoute.Insertion forced = r.forced(tight, stop(N, NOW + 400, 0, 1));
        assertThat(forced.schedule().feasible()).isFalse();
        assertThat(forced.position()).isEqualTo(2);
    }

    @Test
    void aStopAlreadyLateMayStayAsLateButNoLater() {
        RemainingRoute r = route(10, 0);
        // B's window closed at 10:03:20, but it was already going to start at 10:05: that is tolerated
        RemainingRoute.Node lateB = new RemainingRoute.Node(B, NOW, NOW + 200, 0, 1, 0, false, NOW + 300);
        List<RemainingRoute.Node> nodes = List.of(stop(A, SLOT_END, 1, 0), lateB);
        assertThat(r.schedule(nodes).feasible()).isTrue();
        // but nothing may go in before it (it would be later still); after it is fine
        RemainingRoute.Insertion at = r.cheapest(nodes, stop(N, SLOT_END, 0, 1)).orElseThrow();
        assertThat(at.position()).isEqualTo(2);
        assertThat(r.schedule(List.of(stop(N, SLOT_END, 0, 1), stop(A, SLOT_END, 1, 0), lateB)).feasible()).isFalse();
    }

    @Test
    void theBagNeverHoldsMoreThanItsCapacityAndBooksNotInItAreFetchedAtTheBranch() {
        // two books to hand over, two collected earlier on this route: a bag of 4 is full
        RemainingRoute full = route(4, 2);
        assertThat(full.schedule(aThenB(SLOT_END)).feasible()).isTrue();
        assertThat(full.cheapest(aThenB(SLOT_END), stop(N, SLOT_END, 0, 1))).as("a pickup before anything is handed over")
                .get().extracting(RemainingRoute.Insertion::position).isNotEqualTo(0);
        assertThat(route(3, 2).schedule(aThenB(SLOT_END)).feasible()).as("5 books in a bag of 3").isFalse();

        // a delivery added after setting off: its book is at the branch, the courier rides there first, drops the two
        // collected books, reloads (which frees the bag) and rides on
        RemainingRoute.Node added = stop(N, SLOT_END, 1, 0).withViaBranch(true);
        RemainingRoute.Insertion at = full.cheapest(aThenB(SLOT_END), added).orElseThrow();
        assertThat(at.position()).isEqualTo(0);
        assertThat(at.schedule().starts()[0]).isCloseTo(NOW + 100 + RemainingRoute.RELOAD_SECONDS + Math.hypot(300, 100),
                within(1e-6));
        assertThat(at.extraTravelSeconds()).as("courier→branch→N→A instead of courier→A")
                .isCloseTo(100 + Math.hypot(300, 100) + 100 * SQRT2 - 100, within(1e-6));
        assertThat(at.schedule().feasible()).isTrue();
    }

    @Test
    void theCourierIsBackAtTheBranchByTheEndOfTheShift() {
        RemainingRoute shortShift = new RemainingRoute(MATRIX, COURIER, NOW, 10, 0, NOW + 650);
        assertThat(shortShift.schedule(aThenB(SLOT_END)).feasible()).as("back at 10:11:40, shift ends 10:10:50").isFalse();
        RemainingRoute enough = new RemainingRoute(MATRIX, COURIER, NOW, 10, 0, NOW + 700);
        assertThat(enough.schedule(aThenB(SLOT_END)).feasible()).isTrue();
        assertThat(enough.cheapest(aThenB(SLOT_END), stop(N, SLOT_END, 0, 1))).as("no time for a detour").isEmpty();
    }
}
