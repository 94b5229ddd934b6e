package com.taoshu.delivery;

import java.time.LocalDate;
import java.time.LocalTime;

/** Domain events of home delivery, published in the transaction and handled after commit (notifications). */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    /** What a re-booked visit was for: an order to hand over or a return pickup to collect. */
    public enum Job { ORDER, RETURN_PICKUP }

    /**
     * No courier of its slot could take the visit any more (every route under way was full or too far), so it moved to
     * the branch's next open slot by itself: the reader is told the new slot.
     */
    public record VisitRebooked(Job job, long subjectId, long readerId, long branchId, int books, long slotId,
                                LocalDate slotDate, LocalTime slotStart, LocalTime slotEnd) {

        /** "12月8日 10:00–12:00", as the reader reads it. */
        public String slotText() {
            return DeliveryEvents.slotText(slotDate, slotStart, slotEnd);
        }
    }

    /**
     * A librarian decided a reader's 送书上门 application: the reader is told (approved: delivery can be chosen in the
     * cart; rejected: why). {@code day} is the day of the decision (the notice's date on a redelivery).
     */
    public record ApplicationDecided(long applicationId, long readerId, boolean approved, String reason, LocalDate day) {
    }

    /** A slot as the reader reads it: "12月8日 10:00–12:00". */
    public static String slotText(LocalDate date, LocalTime start, LocalTime end) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + start + "–" + end;
    }
}
