package com.taoshu.reservation.internal;

import com.taoshu.shared.job.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * reservationExpiryJob (hourly at :15, after pickupExpiryJob): reservations whose order lapsed become EXPIRED (the
 * copy already went to the next in the queue when the order expired); copies free while readers wait (new copies)
 * are handed to the queue. Idempotent; one instance does the work (the queue rows are locked, shards would only wait).
 */
@Component
public class ReservationExpiryJob implements ScheduledJob {

    private final ReservationOffers offers;

    public ReservationExpiryJob(ReservationOffers offers) {
        this.offers = offers;
    }

    @Override
    public String name() {
        return "reservationExpiryJob";
    }

    @Override
    public String label() {
        return "预约过期与排队分配";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        if (shardIndex != 0) {
            return "shard " + shardIndex + ": nothing (the first shard sweeps)";
        }
        return offers.sweep().toString();
    }
}
