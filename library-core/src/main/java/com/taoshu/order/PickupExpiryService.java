package com.taoshu.order;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.order.internal.BorrowOrderMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * pickupExpiryJob: READY_FOR_PICKUP orders past their deadline → EXPIRED, copies back on the shelf. Each order in
 * its own transaction; an order someone handles meanwhile (picked up at the desk) is skipped by its version check.
 * Running it again changes nothing.
 */
@Service
public class PickupExpiryService {

    private static final Logger log = LoggerFactory.getLogger(PickupExpiryService.class);

    private final BorrowOrderMapper orderMapper;
    private final OrderStore store;
    private final OrderApprovalService approval;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PickupExpiryService(BorrowOrderMapper orderMapper, OrderStore store, OrderApprovalService approval,
                               TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.orderMapper = orderMapper;
        this.store = store;
        this.approval = approval;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    public record ExpiryResult(int expired, int skipped) {
    }

    /** @param shardIndex this instance's shard, @param shardTotal instances sharing the job (1 when alone). */
    public ExpiryResult expireOverdue(int shardIndex, int shardTotal) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<BorrowOrder> due = orderMapper.selectList(Wrappers.<BorrowOrder>lambdaQuery()
                .eq(BorrowOrder::getStatus, OrderStatus.READY_FOR_PICKUP)
                .lt(BorrowOrder::getPickupDeadline, now)
                .apply(shardTotal > 1, "MOD(reader_id, {0}) = {1}", shardTotal, shardIndex)
                .orderByAsc(BorrowOrder::getId)
                .last("LIMIT 5000"));
        int expired = 0;
        int skipped = 0;
        for (BorrowOrder candidate : due) {
            try {
                tx.executeWithoutResult(status -> {
                    BorrowOrder order = store.get(candidate.getId());
                    if (order.getStatus() != OrderStatus.READY_FOR_PICKUP) {
                        throw new AlreadyHandled();
                    }
                    order.expire(now);
                    store.save(order);
                    approval.releaseAll(order, LineStatus.RELEASED, "逾期未取");
                    events.publishEvent(new OrderEvents.OrderExpired(order.getId(), order.getReaderId()));
                });
                expired++;
            } catch (AlreadyHandled | com.taoshu.shared.error.BizException e) {
                skipped++;
            }
        }
        if (expired > 0 || skipped > 0) {
            log.info("pickup expiry: {} orders expired, {} skipped", expired, skipped);
        }
        return new ExpiryResult(expired, skipped);
    }

    private static final class AlreadyHandled extends RuntimeException {
        AlreadyHandled() {
            super(null, null, false, false);
        }
    }
}
