package com.taoshu.delivery.solver;

import java.util.Objects;
import java.util.Optional;

/**
 * One visit to one address: books to hand over ({@code deliveryLoad}, carried from the depot) and books to collect
 * ({@code pickupLoad}, carried back). Service must start inside the slot window and, when the reader gave one, inside
 * the narrower reader window too; arriving early means waiting.
 */
public record Stop(String id, int location, TimeWindow window, Optional<TimeWindow> readerWindow, double serviceSeconds,
                   int deliveryLoad, int pickupLoad) {

    public Stop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(readerWindow, "readerWindow");
        if (location < 0) {
            throw new IllegalArgumentException("stop " + id + ": location index must be >= 0");
        }
        if (!(serviceSeconds >= 0) || Double.isInfinite(serviceSeconds)) {
            throw new IllegalArgumentException("stop " + id + ": service time must be finite and >= 0");
        }
        if (deliveryLoad < 0 || pickupLoad < 0) {
            throw new IllegalArgumentException("stop " + id + ": loads must be >= 0");
        }
    }

    public static Stop delivery(String id, int location, TimeWindow window, double serviceSeconds, int books) {
        return new Stop(id, location, window, Optional.empty(), serviceSeconds, books, 0);
    }

    public static Stop pickup(String id, int location, TimeWindow window, double serviceSeconds, int books) {
        return new Stop(id, location, window, Optional.empty(), serviceSeconds, 0, books);
    }

    public Stop withReaderWindow(TimeWindow narrower) {
        return new Stop(id, location, window, Optional.of(narrower), serviceSeconds, deliveryLoad, pickupLoad);
    }

    public Stop withLoads(int delivery, int pickup) {
        return new Stop(id, location, window, readerWindow, serviceSeconds, delivery, pickup);
    }

    /** Where service may start: the slot window narrowed by the reader's window; empty when they do not overlap. */
    public Optional<TimeWindow> effectiveWindow() {
        return readerWindow.map(window::intersect).orElse(Optional.of(window));
    }
}
