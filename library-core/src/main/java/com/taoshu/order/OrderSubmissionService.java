package com.taoshu.order;

import com.taoshu.cart.CartErrorCode;
import com.taoshu.cart.CartItem;
import com.taoshu.cart.CartService;
import com.taoshu.catalog.CopyHolds;
import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.BorrowRules;
import com.taoshu.loan.ReaderStanding;
import com.taoshu.order.policy.BorrowPolicies;
import com.taoshu.order.policy.BorrowPolicy;
import com.taoshu.order.policy.BorrowRequest;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting chosen cart items as one borrow order. The reader's standing is checked by the borrow policies, then
 * one copy per line is held by a conditional UPDATE; if any title has no copy left the whole transaction rolls
 * back and nothing stays held. COMMUNITY_TRUST readers in good standing are approved at once (actor SYSTEM).
 */
@Service
public class OrderSubmissionService {

    public static final int MAX_LINES = 20;

    private final CartService cart;
    private final Readers readers;
    private final BorrowRules rules;
    private final ReaderStanding standing;
    private final CopyHolds copies;
    private final OrderStore store;
    private final OrderNumbers numbers;
    private final OrderApprovalService approval;
    private final BookTitles titles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OrderSubmissionService(CartService cart, Readers readers, BorrowRules rules, ReaderStanding standing,
                                  CopyHolds copies, OrderStore store, OrderNumbers numbers, OrderApprovalService approval,
                                  BookTitles titles, ApplicationEventPublisher events, Clock clock) {
        this.cart = cart;
        this.readers = readers;
        this.rules = rules;
        this.standing = standing;
        this.copies = copies;
        this.store = store;
        this.numbers = numbers;
        this.approval = approval;
        this.titles = titles;
        this.events = events;
        this.clock = clock;
    }

    public record Submission(List<Long> cartItemIds, Fulfilment fulfilment, Long addressId, Long slotId) {
    }

    @Transactional
    public long submit(ReaderId readerId, Submission submission) {
        List<Long> ids = submission.cartItemIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            throw OrderErrorCode.EMPTY_ORDER.exception();
        }
        if (ids.size() > MAX_LINES) {
            throw OrderErrorCode.TOO_MANY_LINES.exception();
        }
        List<CartItem> items = cart.ownItems(readerId.value(), ids);
        if (items.size() != ids.size()) {
            throw CartErrorCode.CART_ITEM_NOT_FOUND.exception();
        }
        long branchId = items.getFirst().getBranchId();
        if (items.stream().anyMatch(i -> i.getBranchId() != branchId)) {
            throw OrderErrorCode.MIXED_BRANCHES.exception();
        }
        Reader reader = readers.get(readerId.value());
        BorrowRule rule = rules.of(reader.getCardType());
        BorrowRequest request = new BorrowRequest(reader, rule, standing.of(reader.getId()), branchId, items.size());
        BorrowPolicy.firstRejection(BorrowPolicies.SUBMIT, request).ifPresent(rejection -> {
            throw rejection;
        });
        if (submission.fulfilment() == Fulfilment.DELIVERY && reader.getDeliveryEligibility() != DeliveryEligibility.APPROVED) {
            throw OrderErrorCode.DELIVERY_NOT_ELIGIBLE.exception();
        }

        LocalDateTime now = LocalDateTime.now(clock);
        Actor by = Actor.reader(readerId);
        BorrowOrder order = BorrowOrder.submit(numbers.next(), reader.getId(), branchId, submission.fulfilment(),
                submission.addressId(), submission.slotId(), by, now);
        store.insert(order);
        // lock copies in one order (by title) so two concurrent orders for the same titles cannot deadlock each other
        for (CartItem item : items.stream().sorted(Comparator.comparing(CartItem::getBookId)).toList()) {
            OptionalLong copy = copies.holdOne(item.getBookId(), branchId, order.getId());
            if (copy.isEmpty()) {
                throw new BizException(OrderErrorCode.COPY_UNAVAILABLE,
                        "《" + titles.title(item.getBookId()) + "》在该分馆已无可借复本，请从借书车移除后再提交");
            }
            store.insertLine(OrderLine.held(order.getId(), item.getBookId(), copy.getAsLong(), now));
        }
        cart.removeAll(reader.getId(), ids);
        events.publishEvent(new OrderEvents.OrderSubmitted(order.getId(), reader.getId(), branchId));
        if (BorrowPolicies.autoApprovable(request)) {
            approval.approve(order, List.of(), "诚信通自动审核", Actor.SYSTEM);
        }
        return order.getId();
    }
}
