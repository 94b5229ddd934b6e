package com.taoshu.loan;

import com.taoshu.loan.internal.PickupPromiseMapper;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loans promised to a return pickup (上门取还): the loan's {@code return_pickup_id} is the loan's own column, written
 * only here — delivery asks, loan decides by a conditional update (a loan returned or promised meanwhile is not taken
 * twice). Collecting at the door is {@link LoanService#collectAtDoor}.
 */
@Component
public class PickupPromises {

    private final PickupPromiseMapper mapper;

    public PickupPromises(PickupPromiseMapper mapper) {
        this.mapper = mapper;
    }

    /** What a pickup request checks of each loan. */
    public record PromisableLoan(long id, long readerId, long bookId, long branchId, LoanStatus status,
                                 Long returnPickupId) {
    }

    public List<PromisableLoan> loans(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.loans(ids);
    }

    /** Promises the reader's ACTIVE, not yet promised loans to the pickup; the count tells whether all were free. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int promise(long pickupId, long readerId, Collection<Long> ids, LocalDateTime now) {
        return mapper.promise(pickupId, readerId, ids, now, LoanStatus.ACTIVE);
    }

    /** The pickup's loans still with the reader (ACTIVE and promised to it). */
    public List<Long> promised(long pickupId) {
        return mapper.loansOf(pickupId, LoanStatus.ACTIVE);
    }

    /** The pickup's loans in a courier's bag, waiting to be checked in. */
    public List<Long> collected(long pickupId) {
        return mapper.loansOf(pickupId, LoanStatus.RETURN_COLLECTED);
    }

    /** Gives the reader back the loans the pickup did not take (they stay ACTIVE, free for another pickup). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int releaseRemaining(long pickupId, LocalDateTime now) {
        return mapper.release(pickupId, now, LoanStatus.ACTIVE);
    }
}
