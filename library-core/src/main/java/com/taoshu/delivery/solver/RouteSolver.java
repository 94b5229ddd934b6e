package com.taoshu.delivery.solver;

import java.time.Duration;

/**
 * Plans routes for one depot and slot. Objective: least total travel time, then fewest couriers used; every route
 * respects windows, shifts and bag capacity at every point. Returns within about {@code limit}.
 */
public interface RouteSolver {

    Solution solve(Problem problem, Duration limit);
}
