package com.taoshu.delivery.solver;

import java.util.Objects;

/** The branch every route starts from and returns to: its location index and opening hours (leave/return window). */
public record Depot(int location, TimeWindow hours) {

    public Depot {
        Objects.requireNonNull(hours, "hours");
        if (location < 0) {
            throw new IllegalArgumentException("depot location index must be >= 0");
        }
    }
}
