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

    /**
     * Holds one AVAILABLE copy of the title at the branch for the order (within the caller's transaction); empty
     * when none is left. The copy is claimed with {@code FOR UPDATE SKIP LOCKED} and then moved by a conditional
     * UPDATE ({@code status = 'AVAILABLE'}), so a copy is never held twice and concurrent orders do not queue.
     */
    public OptionalLong holdOne(long bookId, long branchId, long orderId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Long copyId = mapper.claimAvailable(bookId, branchId);
            if (copyId == null) {
                return OptionalLong.empty();
            }
            if (mapper.hold(copyId, orderId, now()) == 1) {
                return OptionalLong.of(copyId);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Claims (row-locks until the transaction ends) one AVAILABLE copy that no other transaction has claimed; empty
     * when every available copy is taken or being taken. Follow with {@link #hold} in the same transaction.
     */
    public OptionalLong claim(long bookId, long branchId) {
        Long copyId = mapper.claimAvailable(bookId, branchId);
        return copyId == null ? OptionalLong.empty() : OptionalLong.of(copyId);
    }

    /** Moves a claimed copy AVAILABLE → HELD for the order (conditional: false if it is no longer AVAILABLE). */
    public boolean hold(long copyId, long orderId) {
        return mapper.hold(copyId, orderId, now()) == 1;
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

    /** Copies of the title the branch has in circulation (0: the branch does not hold the title). */
    public int held(long bookId, long branchId) {
        return mapper.inCirculation(bookId, branchId);
    }

    public int available(long bookId, long branchId) {
        return mapper.available(bookId, branchId);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
