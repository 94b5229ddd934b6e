package com.taoshu.stats.internal;

/**
 * What "on time" means for a door visit, in one place: the stop was completed (handed over or collected) no later
 * than the end of its slot. Both the live delivery KPIs and the nightly rollups classify stops with this SQL
 * condition (aliases {@code st} = delivery_stop, {@code ds} = delivery_slot); a stop without a completion time is late.
 */
public final class OnTime {

    /** Written with {@code >=} so it also stands inside a MyBatis {@code <script>} (XML) unescaped. */
    public static final String CONDITION = "TIMESTAMP(ds.slot_date, ds.end_time) >= st.completed_at";

    private OnTime() {
    }
}
