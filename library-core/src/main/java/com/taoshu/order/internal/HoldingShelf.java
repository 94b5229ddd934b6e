package com.taoshu.order.internal;

import com.taoshu.order.internal.HoldingShelfMapper;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positions on a branch's holding shelf (暂存架): shelves A, B, C… of {@code slotsPerShelf} slots each, labelled
 * {@code A-01} … The smallest free slot is taken at approval and given back when the order leaves the shelf (pickup,
 * expiry, cancellation). Two approvals at once never share a slot: the slot row's primary key (branch, slot) refuses
 * the second insert, which then tries the next free slot (READ COMMITTED: it sees the winner's row on its next read).
 * A full shelf does not stop an approval: the order gets no slot and the desk places it by hand.
 */
@Component
public class HoldingShelf {

    private static final Logger log = LoggerFactory.getLogger(HoldingShelf.class);

    private final HoldingShelfMapper mapper;
    private final int shelves;
    private final int slotsPerShelf;

    public HoldingShelf(HoldingShelfMapper mapper, @Value("${taoshu.holding-shelf.shelves:5}") int shelves,
                        @Value("${taoshu.holding-shelf.slots-per-shelf:20}") int slotsPerShelf) {
        if (shelves < 1 || shelves > 26 || slotsPerShelf < 1 || slotsPerShelf > 99) {
            throw new IllegalArgumentException("taoshu.holding-shelf: 1..26 shelves of 1..99 slots, not " + shelves + " × " + slotsPerShelf);
        }
        this.mapper = mapper;
        this.shelves = shelves;
        this.slotsPerShelf = slotsPerShelf;
    }

    public int capacity() {
        return shelves * slotsPerShelf;
    }

    /** {@code A-01} for slot 0, {@code A-02} for slot 1, … {@code B-01} after the first shelf. */
    public String label(int slotNo) {
        return (char) ('A' + slotNo / slotsPerShelf) + "-" + String.format("%02d", slotNo % slotsPerShelf + 1);
    }

    /** Takes the smallest free slot of the branch for the order (in the caller's transaction); empty when the shelf is full. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> assign(long branchId, long orderId, LocalDateTime now) {
        Set<Integer> refused = new HashSet<>();
        for (int attempt = 0; attempt < capacity(); attempt++) {
            Set<Integer> taken = new HashSet<>(mapper.taken(branchId));
            taken.addAll(refused);
            int free = -1;
            for (int slot = 0; slot < capacity(); slot++) {
                if (!taken.contains(slot)) {
                    free = slot;
                    break;
                }
            }
            if (free < 0) {
                log.warn("holding shelf of branch {} is full ({} slots): order {} is placed without a slot", branchId, capacity(), orderId);
                return Optional.empty();
            }
            try {
                mapper.take(branchId, free, orderId, now);
                return Optional.of(label(free));
            } catch (DuplicateKeyException e) {
                refused.add(free); // another approval took it a moment ago: the next one
            }
        }
        return Optional.empty();
    }

    /** The order left the shelf: its slot is free again. Freeing twice (or an order that never had one) is harmless. */
    public void free(long orderId) {
        mapper.free(orderId);
    }

    /** Slot labels of the orders now on the shelf (orders without a slot are absent). */
    public Map<Long, String> labels(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return mapper.ofOrders(orderIds).stream().collect(Collectors.toMap(HoldingShelfMapper.Row::orderId, r -> label(r.slotNo())));
    }
}
