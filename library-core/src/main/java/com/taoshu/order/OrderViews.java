package com.taoshu.order;

import com.taoshu.order.internal.OrderHistory;
import com.taoshu.order.internal.OrderViewMapper;
import com.taoshu.reader.Readers;
import com.taoshu.shared.time.Times;
import java.time.OffsetDateTime;
import java.util.List;

/** What readers and librarians see of orders. */
public final class OrderViews {

    private OrderViews() {
    }

    public record LineView(long id, long bookId, String title, String author, String isbn, String coverUrl, long copyId,
                           String barcode, LineStatus status, String statusLabel, String rejectReason) {

        static LineView of(OrderViewMapper.LineRow r) {
            return new LineView(r.id(), r.bookId(), r.title(), r.author(), r.isbn(), r.coverUrl(), r.copyId(), r.barcode(),
                    r.status(), r.status().label(), r.rejectReason());
        }
    }

    public record TimelineEntry(OrderStatus status, String label, OrderStatus fromStatus, String actorType, String reason,
                                OffsetDateTime at) {

        static TimelineEntry of(OrderHistory h) {
            return new TimelineEntry(h.getToStatus(), h.getToStatus().label(), h.getFromStatus(), h.getActorType(),
                    h.getReason(), Times.toOffset(h.getCreatedAt()));
        }
    }

    public record OrderSummary(long id, String orderNo, long readerId, String readerName, String readerPhone,
                               OrderStatus status, String statusLabel,
                               Fulfilment fulfilment, String fulfilmentLabel, long branchId, String branchName,
                               List<LineView> lines, OffsetDateTime submittedAt, OffsetDateTime pickupDeadline,
                               String rejectReason, java.time.LocalTime windowStart, java.time.LocalTime windowEnd,
                               DeliveryInfo delivery, String shelfSlot, String pickupCode) {

        /**
         * {@code reader} null: the reader row is gone; a reader without a name is shown as 读者N. {@code delivery}: slot,
         * address, courier and ETA of a DELIVERY order (null for a desk pickup). {@code shelfSlot}: the holding-shelf
         * position while the order is on it; {@code pickupCode}: the 4-digit code of a pickup order on the shelf, for the
         * reader who placed it only (the desk asks for it, so it never shows it).
         */
        static OrderSummary of(BorrowOrder o, Readers.Label reader, String branchName, List<LineView> lines,
                               DeliveryInfo delivery, boolean owner) {
            boolean onShelf = o.getStatus() == OrderStatus.READY_FOR_PICKUP;
            String name = reader == null ? null : reader.name() != null ? reader.name() : "读者" + o.getReaderId();
            return new OrderSummary(o.getId(), o.getOrderNo(), o.getReaderId(), name,
                    reader == null ? null : reader.phoneMasked(), o.getStatus(), o.getStatus().label(),
                    o.getFulfilment(), o.getFulfilment().label(), o.getBranchId(), branchName, lines,
                    Times.toOffset(o.getSubmittedAt()), Times.toOffset(o.getPickupDeadline()), o.getRejectReason(),
                    o.getWindowStart(), o.getWindowEnd(), delivery, onShelf ? o.getShelfSlot() : null,
                    onShelf && owner && o.getFulfilment() == Fulfilment.PICKUP ? o.getHandoverCode() : null);
        }
    }

    /** An order with its status timeline (from order_history) and, while on its way, live delivery tracking. */
    public record OrderDetail(OrderSummary order, List<TimelineEntry> timeline, OrderTracking.Tracking tracking) {
    }
}
