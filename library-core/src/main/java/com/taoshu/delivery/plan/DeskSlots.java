package com.taoshu.delivery.plan;

import com.taoshu.delivery.DeliverySlots;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A branch's slots of a day as the dispatch board shows them: booking figures and, while a planner holds the slot,
 * who started that plan and when ("排线进行中"). Readers' slot lists never carry the planning part.
 */
@Component
public class DeskSlots {

    private final DeliverySlots slots;
    private final DispatchPlanner planner;

    public DeskSlots(DeliverySlots slots, DispatchPlanner planner) {
        this.slots = slots;
        this.planner = planner;
    }

    /** A plan running now: since when, started by whom (a librarian, the scheduled job), on which instance. */
    public record Planning(OffsetDateTime since, String startedBy, String instance) {
    }

    /** {@link DeliverySlots.SlotView} and the plan running on the slot now ({@code planning}, null when none). */
    public record DeskSlotView(long id, long branchId, LocalDate date, LocalTime startTime, LocalTime endTime, int capacity,
                               int reserved, int remaining, boolean bookable, Planning planning) {
    }

    public List<DeskSlotView> forDate(long branchId, LocalDate date, StaffPrincipal by) {
        return slots.forDate(branchId, date, by).stream().map(s -> new DeskSlotView(s.id(), s.branchId(), s.date(),
                s.startTime(), s.endTime(), s.capacity(), s.reserved(), s.remaining(), s.bookable(),
                planner.planning(s.id()).map(h -> new Planning(Times.toOffset(h.since()), h.startedBy(), h.instance()))
                        .orElse(null))).toList();
    }
}
