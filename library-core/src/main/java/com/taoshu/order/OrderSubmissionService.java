package com.taoshu.order;

import com.taoshu.cart.CartErrorCode;
import com.taoshu.cart.CartService;
import com.taoshu.catalog.CopyHolds;
import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.ReaderStanding.Standing;
import com.taoshu.loan.policy.BorrowPolicies;
import com.taoshu.loan.policy.BorrowPolicy;
import com.taoshu.loan.policy.BorrowRequest;
import com.taoshu.order.internal.SubmitReads;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Reader;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting chosen cart items as one borrow order. The borrow policies decide on the reader's card and standing;
 * then one copy per line is held by a conditional UPDATE; if any title has no copy left the whole transaction rolls
 * back and nothing stays held. COMMUNITY_TRUST readers in good standing are approved at once (actor SYSTEM).
 * <p>
 * A DELIVERY order also needs the reader's own address, served by the branch, and takes one unit of the chosen slot.
 * <p>
 * A sold-out title, the commonest refusal in a rush, is answered first from one light query without a transaction.
 * Inside the transaction the copies are claimed first (a title that ran out meanwhile ends it there), then the reader
 * row is locked (so one reader's two submits at once cannot both pass the loan limit) and the policy context is read.
 */
@Service
public class OrderSubmissionService {

    public static final int MAX_LINES = 20;
    static final int DEADLOCK_ATTEMPTS = 3;

    private final SubmitReads reads;
    private final CartService cart;
    private final CopyHolds copies;
    private final OrderPlacement placement;
    private final SlotBooking delivery;
    private final TransactionTemplate tx;
    private final Clock clock;

    public OrderSubmissionService(SubmitReads reads, CartService cart, CopyHolds copies, OrderPlacement placement,
                                  SlotBooking delivery, TransactionTemplate tx, Clock clock) {
        this.reads = reads;
        this.cart = cart;
        this.copies = copies;
        this.placement = placement;
        this.delivery = delivery;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code windowStart/windowEnd}: the reader's optional narrower time inside a DELIVERY slot (both or neither). */
    public record Submission(List<Long> cartItemIds, Fulfilment fulfilment, Long addressId, Long slotId,
                             LocalTime windowStart, LocalTime windowEnd) {

        public Submission(List<Long> cartItemIds, Fulfilment fulfilment, Long addressId, Long slotId) {
            this(cartItemIds, fulfilment, addressId, slotId, null, null);
        }
    }

    /** What the decision is made on: the lines, the reader, the rule, the standing. */
    private record Context(List<SubmitReads.Row> lines, BorrowRequest request) {
    }

    public long submit(ReaderId readerId, Submission submission) {
        List<Long> ids = submission.cartItemIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            throw OrderErrorCode.EMPTY_ORDER.exception();
        }
        if (ids.size() > MAX_LINES) {
            throw OrderErrorCode.TOO_MANY_LINES.exception();
        }
        // a sold-out title is the commonest refusal under a rush: answer it from one light query before anything else
        List<SubmitReads.Item> chosen = reads.chosen(readerId.value(), ids);
        if (chosen.size() != ids.size()) {
            throw CartErrorCode.CART_ITEM_NOT_FOUND.exception();
        }
        chosen.stream().filter(a -> !a.onShelf()).findFirst().ifPresent(a -> {
            throw unavailable(a.title());
        });
        // InnoDB may pick this transaction as a deadlock victim under a rush; when it is our own transaction (not
        // joined to an @Idempotent call, which retries itself) it is simply run again
        boolean outermost = !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    // the copies first: a title that has just run out ends the submit before anything else is read
                    Map<Long, Long> claimed = claim(chosen);
                    reads.lockReader(readerId.value());
                    Context context = load(readerId, ids);
                    check(context, submission);
                    return place(readerId, ids, submission, context, claimed);
                });
            } catch (PessimisticLockingFailureException e) {
                if (!outermost || attempt >= DEADLOCK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Claims one copy per chosen item (cart item id → copy id). Claims skip copies other submits are claiming (no
     * queueing) and are taken in title order, so two submits cannot deadlock on them.
     */
    private Map<Long, Long> claim(List<SubmitReads.Item> chosen) {
        Map<Long, Long> claimed = new HashMap<>();
        for (SubmitReads.Item item : chosen) {
            claimed.put(item.cartItemId(),
                    copies.claim(item.bookId(), item.branchId()).orElseThrow(() -> unavailable(item.title())));
        }
        return claimed;
    }

    private Context load(ReaderId readerId, List<Long> ids) {
        LocalDate today = LocalDate.now(clock);
        List<SubmitReads.Row> rows = reads.context(readerId.value(), ids, today);
        if (rows.size() != ids.size()) {
            throw CartErrorCode.CART_ITEM_NOT_FOUND.exception();
        }
        SubmitReads.Row first = rows.getFirst();
        if (rows.stream().anyMatch(r -> r.branchId() != first.branchId())) {
            throw OrderErrorCode.MIXED_BRANCHES.exception();
        }
        Reader reader = Reader.register(null, null);
        reader.setId(first.readerId());
        reader.setCardType(first.cardType());
        reader.setCardStatus(first.cardStatus());
        reader.setHomeBranchId(first.homeBranchId());
        reader.setDeliveryEligibility(first.deliveryEligibility());
        BorrowRule rule = BorrowRule.of(first.cardType(), first.loanLimit(), first.loanDays(), first.maxRenewals(),
                first.renewDays(), first.pickupDays(), first.renewOverdueGraceDays(), first.autoApprove());
        Standing standing = new Standing(first.activeLoans(), first.overdueLoans(), first.openOrderBooks());
        return new Context(rows, new BorrowRequest(reader, rule, standing, first.branchId(), rows.size()));
    }

    private static void check(Context context, Submission submission) {
        BorrowPolicy.firstRejection(BorrowPolicies.SUBMIT, context.request()).ifPresent(rejection -> {
            throw rejection;
        });
        if (submission.fulfilment() == Fulfilment.DELIVERY
                && context.request().reader().getDeliveryEligibility() != DeliveryEligibility.APPROVED) {
            throw OrderErrorCode.DELIVERY_NOT_ELIGIBLE.exception();
        }
    }

    private long place(ReaderId readerId, List<Long> ids, Submission submission, Context context, Map<Long, Long> claimed) {
        long branchId = context.request().branchId();
        if (submission.fulfilment() == Fulfilment.DELIVERY) {
            delivery.reserve(readerId, branchId, submission.addressId(), submission.slotId(), submission.windowStart(),
                    submission.windowEnd());
        }
        boolean delivered = submission.fulfilment() == Fulfilment.DELIVERY;
        List<OrderPlacement.NewLine> lines = context.lines().stream()
                .map(l -> new OrderPlacement.NewLine(l.bookId(), claimed.get(l.cartItemId()), l.title())).toList();
        BorrowOrder order = placement.place(new OrderPlacement.NewOrder(readerId.value(), branchId,
                submission.fulfilment(), submission.addressId(), submission.slotId(),
                delivered ? submission.windowStart() : null, delivered ? submission.windowEnd() : null,
                Actor.reader(readerId), lines,
                BorrowPolicies.autoApprovable(context.request()) ? "诚信通自动审核" : null));
        cart.removeAll(readerId.value(), ids);
        return order.getId();
    }

    private static BizException unavailable(String title) {
        return OrderPlacement.unavailable(title);
    }
}
