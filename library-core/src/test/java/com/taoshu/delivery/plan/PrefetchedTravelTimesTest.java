package com.taoshu.delivery.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.solver.TravelMatrix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Travel times fetched before the planner's transaction ({@link StartedRoutes.Prefetched}): the matrix a route needs is
 * cut from the fetched one by point, in the route's order; a point that was not fetched (the courier pinged from
 * elsewhere meanwhile) is stale, never guessed.
 */
class PrefetchedTravelTimesTest {

    static final GeoPoint BRANCH = new GeoPoint(28.2282, 112.9388);
    static final GeoPoint COURIER = new GeoPoint(28.2300, 112.9400);
    static final GeoPoint DOOR = new GeoPoint(28.2310, 112.9420);

    static final StartedRoutes.Prefetched FETCHED = new StartedRoutes.Prefetched(List.of(BRANCH, COURIER, DOOR),
            Map.of("EBIKE", TravelMatrix.ofSeconds(new double[][] {{0, 10, 20}, {11, 0, 30}, {21, 31, 0}})));

    @Test
    void theRoutesMatrixIsCutFromTheFetchedOneByPointInTheRoutesOrder() {
        TravelMatrix m = FETCHED.over(List.of(BRANCH, DOOR, COURIER), "EBIKE");

        assertThat(m.size()).isEqualTo(3);
        assertThat(m.time(0, 1)).as("branch → door").isEqualTo(20);
        assertThat(m.time(1, 2)).as("door → courier").isEqualTo(31);
        assertThat(m.time(2, 0)).as("courier → branch").isEqualTo(11);
        assertThat(m.time(1, 1)).isZero();
    }

    @Test
    void aPointNotFetchedIsStale() {
        GeoPoint elsewhere = new GeoPoint(28.2400, 112.9500);

        assertThatThrownBy(() -> FETCHED.over(List.of(BRANCH, elsewhere, DOOR), "EBIKE"))
                .isInstanceOf(StartedRoutes.StaleTravelTimes.class);
        assertThatThrownBy(() -> FETCHED.over(List.of(BRANCH, DOOR), "WALK"))
                .as("no matrix for the courier's vehicle").isInstanceOf(StartedRoutes.StaleTravelTimes.class);
    }
}
