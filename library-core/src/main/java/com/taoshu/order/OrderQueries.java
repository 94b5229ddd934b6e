package com.taoshu.order;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.order.OrderViews.LineView;
import com.taoshu.order.OrderViews.OrderDetail;
import com.taoshu.order.OrderViews.OrderSummary;
import com.taoshu.order.OrderViews.TimelineEntry;
import com.taoshu.order.internal.BorrowOrderMapper;
import com.taoshu.order.internal.OrderViewMapper;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Order lists and details: 我的订单 for readers, the review queue and holding shelf for librarians. */
@Service
public class OrderQueries {

    private final BorrowOrderMapper orderMapper;
    private final OrderViewMapper viewMapper;
    private final OrderStore store;
    private final OrderTracking tracking;
    private final Readers readers;
    private final DeliveryInfoLookup deliveryInfos;

    public OrderQueries(BorrowOrderMapper orderMapper, OrderViewMapper viewMapper, OrderStore store, OrderTracking tracking,
                        Readers readers, DeliveryInfoLookup deliveryInfos) {
        this.deliveryInfos = deliveryInfos;
        this.orderMapper = orderMapper;
        this.viewMapper = viewMapper;
        this.store = store;
        this.tracking = tracking;
        this.readers = readers;
    }

    public record OrderFilter(Long readerId, OrderStatus status, Long branchId, Fulfilment fulfilment) {
    }

    /** Newest first for readers; oldest first (a queue) when filtering by status for librarians. */
    public PageResult<OrderSummary> list(OrderFilter filter, PageQuery page, boolean oldestFirst, Viewer viewer) {
        LambdaQueryWrapper<BorrowOrder> query = Wrappers.<BorrowOrder>lambdaQuery()
                .eq(filter.readerId() != null, BorrowOrder::getReaderId, filter.readerId())
                .eq(filter.status() != null, BorrowOrder::getStatus, filter.status())
                .eq(filter.branchId() != null, BorrowOrder::getBranchId, filter.branchId())
                .eq(filter.fulfilment() != null, BorrowOrder::getFulfilment, filter.fulfilment());
        if (oldestFirst) {
            query.orderByAsc(BorrowOrder::getSubmittedAt).orderByAsc(BorrowOrder::getId);
        } else {
            query.orderByDesc(BorrowOrder::getSubmittedAt).orderByDesc(BorrowOrder::getId);
        }
        Page<BorrowOrder> result = orderMapper.selectPage(page.toPage(), query);
        return new PageResult<>(summaries(result.getRecords(), viewer), result.getTotal(), result.getCurrent(), result.getSize());
    }

    /** The holding shelf (暂存架) of a branch: orders waiting for pickup, nearest deadline first. */
    /**
     * Orders waiting on the holding shelf, earliest deadline first; {@code q} (optional) finds the reader at the desk:
     * part of their name, the last digits of their phone, or part of the order number.
     */
    public PageResult<OrderSummary> holdingShelf(Long branchId, String q, PageQuery page) {
        LambdaQueryWrapper<BorrowOrder> query = Wrappers.<BorrowOrder>lambdaQuery()
                .eq(BorrowOrder::getStatus, OrderStatus.READY_FOR_PICKUP)
                .eq(branchId != null, BorrowOrder::getBranchId, branchId);
        if (q != null && !q.isBlank()) {
            String term = q.trim();
            List<Long> matching = viewMapper.readersMatching(term);
            query.and(w -> w.like(BorrowOrder::getOrderNo, term).or(!matching.isEmpty())
                    .in(!matching.isEmpty(), BorrowOrder::getReaderId, matching));
        }
        Page<BorrowOrder> result = orderMapper.selectPage(page.toPage(),
                query.orderByAsc(BorrowOrder::getPickupDeadline).orderByAsc(BorrowOrder::getId));
        return new PageResult<>(summaries(result.getRecords(), Viewer.STAFF), result.getTotal(), result.getCurrent(), result.getSize());
    }

    /** Readers with a pickup order on the shelf under this 4-digit code ({@code branchId} null: every branch). */
    public List<Long> readersWithPickupCode(Long branchId, String code) {
        return orderMapper.selectList(Wrappers.<BorrowOrder>lambdaQuery()
                        .select(BorrowOrder::getReaderId)
                        .eq(BorrowOrder::getStatus, OrderStatus.READY_FOR_PICKUP)
                        .eq(BorrowOrder::getFulfilment, Fulfilment.PICKUP)
                        .eq(BorrowOrder::getHandoverCode, code)
                        .eq(branchId != null, BorrowOrder::getBranchId, branchId))
                .stream().map(BorrowOrder::getReaderId).distinct().toList();
    }

    /** @param owner the reader who placed the order is asking (only they see the handover code) */
    public OrderDetail detail(BorrowOrder order, boolean owner) {
        OrderSummary summary = summaries(List.of(order), owner ? Viewer.OWNER : Viewer.STAFF).getFirst();
        List<TimelineEntry> timeline = store.history(order.getId()).stream().map(TimelineEntry::of).toList();
        return new OrderDetail(summary, timeline, tracking.of(order, owner).orElse(null));
    }

    private List<OrderSummary> summaries(List<BorrowOrder> orders, Viewer viewer) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LineView>> lines = viewMapper.lines(orders.stream().map(BorrowOrder::getId).toList()).stream()
                .collect(Collectors.groupingBy(OrderViewMapper.LineRow::orderId,
                        Collectors.mapping(LineView::of, Collectors.toList())));
        Map<Long, String> branchNames = new HashMap<>();
        Map<Long, Readers.Label> labels = readers.labels(orders.stream().map(BorrowOrder::getReaderId).toList());
        Map<Long, DeliveryInfo> delivery = deliveryInfos.ofOrders(orders.stream()
                .filter(o -> o.getFulfilment() == Fulfilment.DELIVERY).map(BorrowOrder::getId).toList(), viewer);
        return orders.stream().map(o -> OrderSummary.of(o, labels.get(o.getReaderId()),
                        branchNames.computeIfAbsent(o.getBranchId(), viewMapper::branchName),
                        lines.getOrDefault(o.getId(), List.of()), delivery.get(o.getId()), viewer == Viewer.OWNER))
                .toList();
    }
}
