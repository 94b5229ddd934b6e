package com.taoshu.delivery.solver;

/** Why a stop stays out of every route (shown to librarians; the stop stays AWAITING_DISPATCH). */
public enum UnassignedReason {
    /** Its books (to deliver or to collect) do not fit in any courier's bag, even alone. */
    CAPACITY,
    /** No courier can reach it within its window and get back in time, even visiting it alone. */
    TIME_WINDOW,
    /** It fits alone, but no courier had room or time left for it beside the other stops (or there is no courier). */
    NO_VEHICLE
}
