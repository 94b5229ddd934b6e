package com.taoshu.delivery.solver;

import java.util.Optional;

/**
 * A closed interval of plan time, in seconds from the plan's origin (e.g. midnight of the delivery day).
 * For a stop it bounds the start of service (arriving earlier means waiting); for a depot or a courier's shift it
 * bounds leaving and coming back.
 */
public record TimeWindow(double start, double end) {

    public TimeWindow {
        if (!Double.isFinite(start) || !Double.isFinite(end) || end < start) {
            throw new IllegalArgumentException("time window needs finite start <= end, got [" + start + ", " + end + "]");
        }
    }

    public static TimeWindow of(double start, double end) {
        return new TimeWindow(start, end);
    }

    public boolean contains(double time) {
        return time >= start && time <= end;
    }

    /** The overlap of both windows, empty when they do not meet. */
    public Optional<TimeWindow> intersect(TimeWindow other) {
        double s = Math.max(start, other.start);
        double e = Math.min(end, other.end);
        return e < s ? Optional.empty() : Optional.of(new TimeWindow(s, e));
    }
}
