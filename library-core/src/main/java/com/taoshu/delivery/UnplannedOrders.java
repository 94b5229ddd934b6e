package com.taoshu.delivery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.internal.DeliverySlotMapper;
import com.taoshu.delivery.internal.ReaderAddressMapper;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderStore;
import com.taoshu.reader.Readers;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The dispatch board's other half: a day's DELIVERY orders still AWAITING_DISPATCH, with where they go and why the
 * planner left them out ({@code note}: null while the slot has not been planned yet).
 */
@Component
public class UnplannedOrders {

    private final DeliverySlotMapper slots;
    private final OrderStore orders;
    private final ReaderAddressMapper addresses;
    private final Readers readers;

    public UnplannedOrders(DeliverySlotMapper slots, OrderStore orders, ReaderAddressMapper addresses, Readers readers) {
        this.slots = slots;
        this.orders = orders;
        this.addresses = addresses;
        this.readers = readers;
    }

    public record UnplannedOrder(long orderId, String orderNo, long readerId, String readerName, long branchId, long slotId,
                                 LocalTime slotStart, LocalTime slotEnd, String contactName, String addressMasked,
                                 Double lat, Double lng, String note, OffsetDateTime submittedAt) {
    }

    /** The librarian's branch's (another branch asked for is 403); an ADMIN's of any branch or all. */
    public List<UnplannedOrder> of(LocalDate date, Long requestedBranch, Long slotId, StaffPrincipal by) {
        Long branchId = BranchScope.list(by, requestedBranch);
        Map<Long, DeliverySlot> daySlots = slots.selectList(Wrappers.<DeliverySlot>lambdaQuery()
                        .eq(DeliverySlot::getSlotDate, date)
                        .eq(branchId != null, DeliverySlot::getBranchId, branchId)
                        .eq(slotId != null, DeliverySlot::getId, slotId)).stream()
                .collect(Collectors.toMap(DeliverySlot::getId, Function.identity()));
        if (daySlots.isEmpty()) {
            return List.of();
        }
        List<BorrowOrder> waiting = orders.awaitingDispatch(daySlots.keySet());
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, ReaderAddress> places = addresses.selectByIds(waiting.stream().map(BorrowOrder::getAddressId)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(ReaderAddress::getId, Function.identity()));
        Map<Long, Readers.Label> people = readers.labels(waiting.stream().map(BorrowOrder::getReaderId).toList());
        return waiting.stream().map(o -> {
            DeliverySlot slot = daySlots.get(o.getSlotId());
            ReaderAddress a = o.getAddressId() == null ? null : places.get(o.getAddressId());
            Readers.Label r = people.get(o.getReaderId());
            return new UnplannedOrder(o.getId(), o.getOrderNo(), o.getReaderId(), r == null ? null : r.name(),
                    o.getBranchId(), o.getSlotId(), slot.getStartTime(), slot.getEndTime(),
                    a == null ? null : a.getContactName(), a == null ? null : a.getFormattedMasked(),
                    a == null || a.getLat() == null ? null : a.getLat().doubleValue(),
                    a == null || a.getLng() == null ? null : a.getLng().doubleValue(),
                    o.getDispatchNote(), Times.toOffset(o.getSubmittedAt()));
        }).toList();
    }
}
