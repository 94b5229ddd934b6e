package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.loan.LoanService;
import com.taoshu.loan.PickupPromises;
import com.taoshu.shared.security.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Return pickups on the road: the planner puts a slot's waiting pickups on routes (or notes why it could not, or
 * re-books them into another slot); the courier sets off (the reader gets a code for the door), collects the books
 * (loans → RETURN_COLLECTED, they stop running overdue) or reports the reader not at home.
 */
@Service
public class CourierPickups {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReturnPickupStore store;
    private final ReturnPickupMapper mapper;
    private final PickupPromises loans;
    private final PickupItemMapper pickupItems;
    private final LoanService loanService;
    private final Clock clock;

    public CourierPickups(ReturnPickupStore store, ReturnPickupMapper mapper, PickupPromises loans,
                          PickupItemMapper pickupItems, LoanService loanService, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.loans = loans;
        this.pickupItems = pickupItems;
        this.loanService = loanService;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- planner

    /** The slot's pickups waiting for a route, oldest first. */
    public List<ReturnPickup> waiting(long slotId) {
        return mapper.selectList(Wrappers.<ReturnPickup>lambdaQuery().eq(ReturnPickup::getSlotId, slotId)
                .eq(ReturnPickup::getStatus, ReturnPickup.Status.REQUESTED).orderByAsc(ReturnPickup::getId));
    }

    public ReturnPickup get(long id) {
        return store.get(id);
    }

    /** The pickups with these ids, in one query, by id (absent ones are missing from the map). */
    public Map<Long, ReturnPickup> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : mapper.selectByIds(ids).stream()
                .collect(Collectors.toMap(ReturnPickup::getId, Function.identity()));
    }

    /** On a route (planner or librarian); a pickup already dispatched stays as it is. */
    public void dispatch(long id, Actor by) {
        dispatch(store.get(id), by);
    }

    /** As {@link #dispatch(long, Actor)}, for a pickup just read in this transaction (the planner reads them in one query). */
    public void dispatch(ReturnPickup pickup, Actor by) {
        pickup.setDispatchNote(null);
        pickup.moveTo(ReturnPickup.Status.DISPATCHED, by, null, LocalDateTime.now(clock));
        store.save(pickup);
    }

    /** Why the planner could not place it (shown to librarians); it stays REQUESTED. */
    public void note(long id, String reason) {
        note(store.get(id), reason);
    }

    public void note(ReturnPickup pickup, String reason) {
        pickup.setDispatchNote(reason);
        store.save(pickup);
    }

    /** No route of its slot can take it any more: it waits for {@code nextSlotId} (taken by the caller) instead. */
    public ReturnPickup rebook(long id, long nextSlotId, String note) {
        ReturnPickup pickup = store.get(id);
        pickup.rebook(nextSlotId, note);
        store.save(pickup);
        return pickup;
    }

    // ---------------------------------------------------------------------------------------------- courier

    /** The route set off: the pickup is OUT and the reader gets the 4-digit code the courier asks for at the door. */
    public void goOut(long id, Actor by) {
        ReturnPickup pickup = store.get(id);
        if (pickup.getStatus() != ReturnPickup.Status.OUT) {
            pickup.goOut(by, String.format("%04d", RANDOM.nextInt(10_000)), LocalDateTime.now(clock));
            store.save(pickup);
        }
    }

    /** Whether {@code code} is the reader's code for this pickup (only while the courier is out). */
    public boolean codeMatches(long id, String code) {
        ReturnPickup pickup = store.get(id);
        return pickup.getHandoverCode() != null && pickup.getHandoverCode().equals(code);
    }

    /**
     * The courier has the books: the chosen loans (all promised ones when none are named) become RETURN_COLLECTED,
     * the rest go back to the reader's ACTIVE loans. Repeating it after success changes nothing.
     */
    public void collect(long id, Collection<Long> loanIds, Actor by) {
        ReturnPickup pickup = store.get(id);
        if (pickup.getStatus() == ReturnPickup.Status.COLLECTED || pickup.getStatus() == ReturnPickup.Status.CHECKED_IN) {
            return;
        }
        List<Long> promised = loans.promised(id);
        List<Long> taking = loanIds == null || loanIds.isEmpty() ? promised
                : loanIds.stream().distinct().toList();
        if (taking.isEmpty() || !promised.containsAll(taking)) {
            throw ReturnPickupErrorCode.LOAN_NOT_IN_PICKUP.exception();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        pickup.collected(by,
                taking.size() == promised.size() ? null : "取回" + taking.size() + "本，另" + (promised.size() - taking.size()) + "本读者留下", now);
        store.save(pickup);
        if (loanService.collectAtDoor(id, taking, by, now) != taking.size()) {
            throw ReturnPickupErrorCode.LOAN_NOT_RETURNABLE.exception();
        }
        loans.releaseRemaining(id, now);
        pickupItems.markItems(id);
    }

    /** Not at home: the next open slot while retries are left (nextSlotId taken by the caller), otherwise cancelled. */
    public void failed(long id, Long nextSlotId, Actor by, String reason) {
        ReturnPickup pickup = store.get(id);
        LocalDateTime now = LocalDateTime.now(clock);
        pickup.failed(nextSlotId, by, reason, now);
        store.save(pickup);
        if (pickup.getStatus() == ReturnPickup.Status.CANCELLED) {
            loans.releaseRemaining(id, now);
            pickupItems.markItems(id);
        }
    }
}
