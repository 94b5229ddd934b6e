package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.pickup.PickupViews.PickupView;
import com.taoshu.loan.LoanEvents;
import com.taoshu.loan.LoanService;
import com.taoshu.loan.PickupPromises;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return pickups at the branch: librarians list and look at their branch's pickups and check in what a courier
 * brought back (loans → RETURNED, copies back on the shelf); a loan of a pickup returned at the desk moves the pickup
 * on.
 */
@Service
public class DeskPickups {

    private final ReturnPickupStore store;
    private final ReturnPickupMapper mapper;
    private final PickupPromises loans;
    private final LoanService loanService;
    private final PickupCancellation cancellation;
    private final PickupViews views;
    private final Clock clock;

    public DeskPickups(ReturnPickupStore store, ReturnPickupMapper mapper, PickupPromises loans, LoanService loanService,
                       PickupCancellation cancellation, PickupViews views, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.loans = loans;
        this.loanService = loanService;
        this.cancellation = cancellation;
        this.views = views;
        this.clock = clock;
    }

    /** The librarian's branch's pickups (another branch asked for is 403); an ADMIN's of any branch or all. */
    public PageResult<PickupView> list(Long requestedBranch, ReturnPickup.Status status, StaffPrincipal by, PageQuery page) {
        Long branchId = BranchScope.list(by, requestedBranch);
        IPage<ReturnPickup> result = mapper.selectPage(page.toPage(), Wrappers.<ReturnPickup>lambdaQuery()
                .eq(branchId != null, ReturnPickup::getBranchId, branchId)
                .eq(status != null, ReturnPickup::getStatus, status)
                .orderByDesc(ReturnPickup::getId));
        return new PageResult<>(views.of(result.getRecords(), Viewer.STAFF), result.getTotal(), result.getCurrent(),
                result.getSize());
    }

    public PickupView detail(long id, StaffPrincipal by) {
        return views.of(store.visibleTo(by, id), Viewer.STAFF);
    }

    /**
     * The courier's bag is emptied at the desk of the pickup's branch: every collected loan (all lent there) closes and
     * its copy goes back on the shelf.
     */
    @Transactional
    public PickupView checkIn(long id, StaffPrincipal by) {
        ReturnPickup pickup = store.visibleTo(by, id);
        if (pickup.getStatus() == ReturnPickup.Status.CHECKED_IN) {
            return views.of(pickup, Viewer.STAFF);
        }
        if (pickup.getStatus() != ReturnPickup.Status.COLLECTED) {
            throw ReturnPickupErrorCode.NOT_COLLECTED.exception();
        }
        for (long loanId : loans.collected(id)) {
            loanService.returnAtDesk(loanId, by); // the LoanReturned listener below closes the pickup after the last
        }
        return views.of(store.get(id), Viewer.STAFF);
    }

    /**
     * A loan of a pickup was returned at the desk (one by one, or by {@link #checkIn}): the last collected one checks
     * the pickup in; a loan brought in by the reader while the courier had not been sent leaves the pickup, which is
     * cancelled when nothing is left to collect. Runs inside the returning transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onLoanReturned(LoanEvents.LoanReturned event) {
        Long pickupId = loans.loans(List.of(event.loanId())).stream().findFirst()
                .map(PickupPromises.PromisableLoan::returnPickupId).orElse(null);
        if (pickupId == null) {
            return;
        }
        ReturnPickup pickup = store.get(pickupId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (pickup.getStatus() == ReturnPickup.Status.COLLECTED && loans.collected(pickupId).isEmpty()) {
            pickup.moveTo(ReturnPickup.Status.CHECKED_IN, Actor.SYSTEM, null, now);
            pickup.setCheckedInAt(now);
            store.save(pickup);
        } else if ((pickup.getStatus() == ReturnPickup.Status.REQUESTED || pickup.getStatus() == ReturnPickup.Status.DISPATCHED)
                && loans.promised(pickupId).isEmpty()) {
            cancellation.cancel(pickup, Actor.SYSTEM, "书已全部在馆归还，无需上门");
        }
    }
}
