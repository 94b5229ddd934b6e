package com.taoshu.delivery;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The narrower time a reader asks for inside a delivery slot (期望上门时间, e.g. 10:30–11:00 of a 10:00–12:00 slot):
 * the planner must start the visit inside it. At least {@link #MIN_LENGTH} long, inside the slot.
 */
public record ReaderWindow(LocalTime start, LocalTime end) {

    public static final Duration MIN_LENGTH = Duration.ofMinutes(30);

    /** Null when the reader gave no window; a 400 when only one end is given or it is shorter than half an hour. */
    public static ReaderWindow of(LocalTime start, LocalTime end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null || Duration.between(start, end).compareTo(MIN_LENGTH) < 0) {
            throw DeliveryErrorCode.WINDOW_INVALID.exception();
        }
        return new ReaderWindow(start, end);
    }

    /** 400 unless the window lies inside the slot. */
    public void requireWithin(DeliverySlot slot) {
        if (start.isBefore(slot.getStartTime()) || end.isAfter(slot.getEndTime())) {
            throw DeliveryErrorCode.WINDOW_INVALID.exception("期望上门时间须在所选时段 " + slot.getStartTime() + "–"
                    + slot.getEndTime() + " 之内，且不少于30分钟");
        }
    }
}
