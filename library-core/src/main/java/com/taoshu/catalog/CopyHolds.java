package com.taoshu.catalog;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The copy side of borrowing, for the order and loan features: hold one available copy for an order
 * (atomically — one conditional UPDATE, never read-then-write), release it, lend it, take it back.
 */
@Component
public class CopyHolds {

    private final CopyHoldMapper mapper;
    private final Clock clock;

    public CopyHolds(CopyHoldMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Holds one AVAILABLE copy of the title at the branch for the order; empty when none is left. */
    public OptionalLong holdOne(long bookId, long branchId, long orderId) {
        if (mapper.holdOne(bookId, branchId, orderId, now()) == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(mapper.heldCopy(orderId, bookId));
    }

    /** Back to the shelf; false when the copy was not held for this order (already released: idempotent). */
    public boolean release(long copyId, long orderId) {
        return mapper.release(copyId, orderId, now()) == 1;
    }

    public boolean lend(long copyId, long orderId) {
        return mapper.lend(copyId, orderId, now()) == 1;
    }

    public boolean giveBack(long copyId) {
        return mapper.giveBack(copyId, now()) == 1;
    }

    public int available(long bookId, long branchId) {
        return mapper.available(bookId, branchId);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
