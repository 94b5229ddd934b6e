package com.taoshu.bench.vrptw.timefold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.taoshu.bench.vrptw.SolomonInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Timefold model on a 10-customer Solomon-style instance, its result re-checked by hand (as check_solution.py does). */
class TimefoldVrptwTest {

    // node 0 = depot (0..200); customers 1 and 2 sit on opposite sides with the same narrow window, so no single vehicle
    // can serve both: at least two routes.
    private static final double[][] NODES = {
            // x, y, demand, ready, due, service
            {50, 50, 0, 0, 200, 0},
            {10, 50, 10, 40, 45, 5},
            {90, 50, 10, 40, 45, 5},
            {45, 60, 10, 0, 150, 5},
            {55, 60, 10, 0, 150, 5},
            {60, 40, 10, 20, 120, 5},
            {40, 40, 10, 20, 120, 5},
            {50, 70, 10, 60, 100, 5},
            {50, 30, 10, 60, 100, 5},
            {30, 30, 10, 0, 180, 5},
            {70, 70, 10, 0, 180, 5},
    };

    @Test
    void solvesASmallInstanceFeasibly() {
        SolomonInstance instance = instance(3, 60);

        TimefoldVrptw.Result result = TimefoldVrptw.solve(instance, TimefoldSettings.tuned(), Duration.ofSeconds(1));

        assertThat(result.score().hardScore()).isZero();
        assertThat(result.unassigned()).isZero();
        assertThat(result.routes()).hasSizeBetween(2, 3);
        assertThat(result.routes().stream().flatMap(List::stream).sorted().toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        double distance = 0;
        for (List<Integer> route : result.routes()) {
            distance += checkRoute(instance, route);
        }
        assertThat(-result.score().softScore() / VrptwConstraints.SCALE).isCloseTo(distance, within(1e-3));
    }

    /** Capacity, service start by the due date (waiting allowed), back at the depot in time; returns the distance. */
    private static double checkRoute(SolomonInstance instance, List<Integer> route) {
        int load = route.stream().mapToInt(c -> instance.demand()[c]).sum();
        assertThat(load).as("load of %s", route).isLessThanOrEqualTo(instance.capacity());
        double t = instance.ready()[0];
        double distance = 0;
        int at = 0;
        for (int c : route) {
            distance += instance.distance(at, c);
            t += instance.distance(at, c);
            double start = Math.max(t, instance.ready()[c]);
            assertThat(start).as("service start at %d", c).isLessThanOrEqualTo(instance.due()[c] + 1e-6);
            t = start + instance.service()[c];
            at = c;
        }
        distance += instance.distance(at, 0);
        t += instance.distance(at, 0);
        assertThat(t).as("back at the depot").isLessThanOrEqualTo(instance.due()[0] + 1e-6);
        return distance;
    }

    private static SolomonInstance instance(int vehicles, int capacity) {
        int n = NODES.length;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] demand = new int[n];
        double[] ready = new double[n];
        double[] due = new double[n];
        double[] service = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = NODES[i];
            x[i] = r[0];
            y[i] = r[1];
            demand[i] = (int) r[2];
            ready[i] = r[3];
            due[i] = r[4];
            service[i] = r[5];
        }
        return new SolomonInstance("T10", vehicles, capacity, x, y, demand, ready, due, service);
    }
}
