package com.taoshu.order;

import com.taoshu.loan.BorrowRules;
import com.taoshu.loan.ReaderStanding;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.order.OrderViews.OrderDetail;
import com.taoshu.order.OrderViews.OrderSummary;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderView;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;

/** The librarians' view: the review queue (oldest first) and an order with the reader's standing beside it. */
@Service
public class OrderReviewService {

    private final OrderQueries queries;
    private final OrderStore store;
    private final Readers readers;
    private final ReaderStanding standing;
    private final BorrowRules rules;

    public OrderReviewService(OrderQueries queries, OrderStore store, Readers readers, ReaderStanding standing,
                              BorrowRules rules) {
        this.queries = queries;
        this.store = store;
        this.readers = readers;
        this.standing = standing;
        this.rules = rules;
    }

    public record ReaderStandingView(ReaderView reader, int loanLimit, int activeLoans, int overdueLoans, int openOrderBooks) {
    }

    public record ReviewDetail(OrderDetail detail, ReaderStandingView standing) {
    }

    /** The queue of the librarian's branch (or of the branch asked for, or all, by who works across branches). */
    public PageResult<OrderSummary> queue(OrderStatus status, Long branchId, Fulfilment fulfilment, StaffPrincipal by,
                                          PageQuery page) {
        OrderStatus wanted = status == null ? OrderStatus.SUBMITTED : status;
        return queries.list(new OrderQueries.OrderFilter(null, wanted, BranchScope.list(by, branchId), fulfilment), page, true,
                Viewer.STAFF);
    }

    public ReviewDetail detail(long orderId, StaffPrincipal by) {
        BorrowOrder order = store.visibleTo(by, orderId);
        Reader reader = readers.get(order.getReaderId());
        ReaderStanding.Standing s = standing.of(reader.getId());
        int limit = rules.of(reader.getCardType()).getLoanLimit();
        return new ReviewDetail(queries.detail(order, false),
                new ReaderStandingView(ReaderView.of(reader), limit, s.activeLoans(), s.overdueLoans(), s.openOrderBooks()));
    }

    public PageResult<OrderSummary> holdingShelf(Long branchId, String q, StaffPrincipal by, PageQuery page) {
        return queries.holdingShelf(BranchScope.list(by, branchId), q, page);
    }
}
