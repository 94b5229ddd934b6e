package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.route.DeliveryInfos;
import com.taoshu.order.DeliveryInfo;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.reader.Readers;
import com.taoshu.shared.time.Times;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What readers and librarians see of return pickups: a page of them in a fixed number of queries. */
@Component
public class PickupViews {

    private final PickupItemMapper pickupItems;
    private final ReturnPickupHistoryMapper history;
    private final Readers readers;
    private final DeliveryInfos deliveryInfos;

    public PickupViews(PickupItemMapper pickupItems, ReturnPickupHistoryMapper history, Readers readers,
                       DeliveryInfos deliveryInfos) {
        this.pickupItems = pickupItems;
        this.history = history;
        this.readers = readers;
        this.deliveryInfos = deliveryInfos;
    }

    public record ItemView(long loanId, String title, String loanStatus, Boolean collected) {
    }

    /** Named apart from the orders' and suggestions' timelines in the OpenAPI document (one schema per name). */
    @Schema(name = "ReturnPickupTimelineEntry")
    public record TimelineEntry(ReturnPickup.Status status, String label, String reason, OffsetDateTime at) {
    }

    /**
     * {@code readerName} and {@code readerPhone} (masked) say at the desk whose books these are; {@code delivery} where
     * and when the courier comes, who, and the ETA once planned (the address in full only to the reader);
     * {@code handoverCode} (the code the courier asks for at the door) is shown only to the reader, while the pickup is out.
     */
    public record PickupView(long id, long readerId, String readerName, String readerPhone, ReturnPickup.Status status,
                             String statusLabel, long branchId,
                             long slotId, LocalDate slotDate, LocalTime slotStart, LocalTime slotEnd,
                             LocalTime windowStart, LocalTime windowEnd, long addressId,
                             int books, int attempts, String dispatchNote, String failReason, OffsetDateTime collectedAt,
                             OffsetDateTime checkedInAt, OffsetDateTime createdAt, List<ItemView> items,
                             List<TimelineEntry> timeline, DeliveryInfo delivery, String handoverCode) {
    }

    PickupView of(ReturnPickup p, Viewer viewer) {
        return of(List.of(p), viewer).getFirst();
    }

    /**
     * A page of pickups in a fixed number of queries, whatever its length. The owner also gets the code to show the
     * courier at the door while the pickup is out.
     */
    List<PickupView> of(List<ReturnPickup> pickups, Viewer viewer) {
        if (pickups.isEmpty()) {
            return List.of();
        }
        List<Long> ids = pickups.stream().map(ReturnPickup::getId).toList();
        Map<Long, DeliveryInfo> delivery = deliveryInfos.ofPickups(ids, viewer);
        Map<Long, List<ItemView>> items = pickupItems.items(ids).stream().collect(Collectors.groupingBy(
                PickupItemMapper.ItemRow::pickupId,
                Collectors.mapping(i -> new ItemView(i.loanId(), i.title(), i.loanStatus(), i.collected()), Collectors.toList())));
        Map<Long, List<TimelineEntry>> timelines = history.selectList(Wrappers.<ReturnPickupHistory>lambdaQuery()
                        .in(ReturnPickupHistory::getPickupId, ids).orderByAsc(ReturnPickupHistory::getId)).stream()
                .collect(Collectors.groupingBy(ReturnPickupHistory::getPickupId, Collectors.mapping(h -> new TimelineEntry(
                        h.getToStatus(), h.getToStatus().label(), h.getReason(), Times.toOffset(h.getCreatedAt())),
                        Collectors.toList())));
        Map<Long, Readers.Label> labels = readers.labels(pickups.stream().map(ReturnPickup::getReaderId).toList());
        return pickups.stream().map(p -> {
            DeliveryInfo info = delivery.get(p.getId());
            Readers.Label reader = labels.get(p.getReaderId());
            return new PickupView(p.getId(), p.getReaderId(), reader == null ? null : reader.name(),
                    reader == null ? null : reader.phoneMasked(), p.getStatus(), p.getStatus().label(), p.getBranchId(),
                    p.getSlotId(), info == null ? null : info.slotDate(), info == null ? null : info.slotStart(),
                    info == null ? null : info.slotEnd(), p.getWindowStart(), p.getWindowEnd(), p.getAddressId(), p.getBooks(),
                    p.getAttempts(), p.getDispatchNote(), p.getFailReason(), Times.toOffset(p.getCollectedAt()),
                    Times.toOffset(p.getCheckedInAt()), Times.toOffset(p.getCreatedAt()),
                    items.getOrDefault(p.getId(), List.of()), timelines.getOrDefault(p.getId(), List.of()), info,
                    viewer == Viewer.OWNER && p.getStatus() == ReturnPickup.Status.OUT ? p.getHandoverCode() : null);
        }).toList();
    }
}
