package com.taoshu.delivery.solver;

import java.util.Objects;

/**
 * A courier and what they carry: bag capacity in books, shift (leave the depot no earlier than its start, be back no
 * later than its end), the travel profile whose matrix applies (e.g. "walk", "ebike") and an optional fixed cost in
 * seconds of travel, charged once if the courier is used.
 */
public record Vehicle(String id, int capacity, TimeWindow shift, String profile, double fixedCost) {

    public Vehicle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(profile, "profile");
        if (capacity < 0) {
            throw new IllegalArgumentException("vehicle " + id + ": capacity must be >= 0");
        }
        if (!(fixedCost >= 0) || Double.isInfinite(fixedCost)) {
            throw new IllegalArgumentException("vehicle " + id + ": fixed cost must be finite and >= 0");
        }
    }

    public static Vehicle of(String id, int capacity, TimeWindow shift, String profile) {
        return new Vehicle(id, capacity, shift, profile, 0);
    }
}
