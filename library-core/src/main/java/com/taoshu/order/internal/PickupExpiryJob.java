package com.taoshu.order.internal;

import com.taoshu.order.PickupExpiryService;
import com.taoshu.shared.job.ScheduledJob;
import org.springframework.stereotype.Component;

/** pickupExpiryJob: hourly, expires holding-shelf orders past their deadline. */
@Component
public class PickupExpiryJob implements ScheduledJob {

    private final PickupExpiryService service;

    public PickupExpiryJob(PickupExpiryService service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "pickupExpiryJob";
    }

    @Override
    public String label() {
        return "逾期未取释放";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        PickupExpiryService.ExpiryResult result = service.expireOverdue(shardIndex, shardTotal);
        return "expired=" + result.expired() + " skipped=" + result.skipped();
    }
}
