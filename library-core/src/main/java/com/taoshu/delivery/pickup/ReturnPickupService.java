package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.DeliveryBooking;
import com.taoshu.delivery.ReaderWindow;
import com.taoshu.delivery.route.DeliveryInfos;
import com.taoshu.delivery.route.DeliveryRoute;
import com.taoshu.delivery.route.DeliveryRouteMapper;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.delivery.route.DeliveryStopMapper;
import com.taoshu.loan.LoanErrorCode;
import com.taoshu.loan.LoanEvents;
import com.taoshu.loan.LoanService;
import com.taoshu.order.DeliveryInfo;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.order.OrderErrorCode;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Reader;
import com.taoshu.reader.internal.ReaderMapper;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return pickups (上门取还): a delivery-eligible reader picks loans and a slot; the planner puts the visit on the
 * slot's routes; the courier collects the books (loans → RETURN_COLLECTED, they stop running overdue); the branch
 * checks the copies in (loans → RETURNED, copies back on the shelf). A loan is promised to at most one open pickup
 * (a conditional update), a pickup takes one unit of its slot like a delivery does, and a reader sees only their own.
 */
@Service
public class ReturnPickupService {

    public static final int MAX_LOANS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReturnPickupStore store;
    private final ReturnPickupMapper mapper;
    private final ReturnPickupHistoryMapper historyMapper;
    private final PickupLoanMapper loans;
    private final LoanService loanService;
    private final ReaderMapper readers;
    private final DeliveryBooking booking;
    private final DeliveryStopMapper stops;
    private final DeliveryRouteMapper routes;
    private final DeliveryInfos deliveryInfos;
    private final Clock clock;

    public ReturnPickupService(ReturnPickupStore store, ReturnPickupMapper mapper, ReturnPickupHistoryMapper historyMapper,
                               PickupLoanMapper loans, LoanService loanService,
                               ReaderMapper readers, DeliveryBooking booking,
                               DeliveryStopMapper stops, DeliveryRouteMapper routes, DeliveryInfos deliveryInfos,
                               Clock clock) {
        this.deliveryInfos = deliveryInfos;
        this.store = store;
        this.mapper = mapper;
        this.historyMapper = historyMapper;
        this.loans = loans;
        this.loanService = loanService;
        this.readers = readers;
        this.booking = booking;
        this.stops = stops;
        this.routes = routes;
        this.clock = clock;
    }

    public record Request(List<Long> loanIds, Long addressId, Long slotId, LocalTime windowStart, LocalTime windowEnd) {
    }

    public record ItemView(long loanId, String title, String loanStatus, Boolean collected) {
    }

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

    // ---------------------------------------------------------------------------------------------- reader

    @Transactional
    public PickupView request(ReaderId readerId, Request request) {
        List<Long> ids = request.loanIds() == null ? List.of() : request.loanIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            throw ReturnPickupErrorCode.NO_LOANS.exception();
        }
        if (ids.size() > MAX_LOANS) {
            throw ReturnPickupErrorCode.TOO_MANY_LOANS.exception();
        }
        Reader reader = readers.selectById(readerId.value());
        if (reader == null || reader.getDeliveryEligibility() != DeliveryEligibility.APPROVED) {
            throw OrderErrorCode.DELIVERY_NOT_ELIGIBLE.exception();
        }
        List<PickupLoanMapper.LoanRow> rows = loans.loans(ids);
        if (rows.size() != ids.size() || rows.stream().anyMatch(l -> l.readerId() != readerId.value())) {
            throw LoanErrorCode.LOAN_NOT_FOUND.exception();
        }
        if (rows.stream().anyMatch(l -> !"ACTIVE".equals(l.status()) || l.returnPickupId() != null)) {
            throw ReturnPickupErrorCode.LOAN_NOT_RETURNABLE.exception();
        }
        long branchId = rows.getFirst().branchId();
        if (rows.stream().anyMatch(l -> l.branchId() != branchId)) {
            throw ReturnPickupErrorCode.MIXED_BRANCHES.exception();
        }
        ReaderWindow window = ReaderWindow.of(request.windowStart(), request.windowEnd());
        booking.reserve(readerId, branchId, request.addressId(), request.slotId(), window);
        LocalDateTime now = LocalDateTime.now(clock);
        ReturnPickup pickup = ReturnPickup.request(readerId.value(), branchId, request.addressId(), request.slotId(),
                ids.size(), Actor.reader(readerId), now);
        if (window != null) {
            pickup.setWindowStart(window.start());
            pickup.setWindowEnd(window.end());
        }
        store.insert(pickup);
        // the decision: a loan returned or promised since the read above is not taken twice (rolls everything back)
        if (loans.promise(pickup.getId(), readerId.value(), ids, now) != ids.size()) {
            throw ReturnPickupErrorCode.LOAN_NOT_RETURNABLE.exception();
        }
        loans.insertItems(pickup.getId(), ids);
        return view(pickup, Viewer.OWNER);
    }

    public List<PickupView> mine(ReaderId reader) {
        return views(mapper.selectList(Wrappers.<ReturnPickup>lambdaQuery().eq(ReturnPickup::getReaderId, reader.value())
                .orderByDesc(ReturnPickup::getId).last("LIMIT 50")), Viewer.OWNER);
    }

    public PickupView detail(ReaderId reader, long id) {
        return view(store.owned(reader, id), Viewer.OWNER);
    }

    /** Cancelled before the courier sets off; cancelling twice answers the same. */
    @Transactional
    public PickupView cancel(ReaderId reader, long id) {
        ReturnPickup pickup = store.owned(reader, id);
        if (pickup.getStatus() == ReturnPickup.Status.CANCELLED) {
            return view(pickup, Viewer.OWNER);
        }
        if (pickup.getStatus() != ReturnPickup.Status.REQUESTED && pickup.getStatus() != ReturnPickup.Status.DISPATCHED) {
            throw ReturnPickupErrorCode.NOT_CANCELLABLE.exception();
        }
        end(pickup, Actor.reader(reader), "读者取消");
        return view(pickup, Viewer.OWNER);
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

    /** On a route (planner or librarian); a pickup already dispatched stays as it is. */
    public void dispatch(long id, Actor by) {
        ReturnPickup pickup = store.get(id);
        pickup.setDispatchNote(null);
        pickup.moveTo(ReturnPickup.Status.DISPATCHED, by, null, LocalDateTime.now(clock));
        store.save(pickup);
    }

    /** Why the planner could not place it (shown to librarians); it stays REQUESTED. */
    public void note(long id, String reason) {
        ReturnPickup pickup = store.get(id);
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
        loans.markItems(id);
    }

    /** Not at home: the next open slot while retries are left (nextSlotId taken by the caller), otherwise cancelled. */
    public void failed(long id, Long nextSlotId, Actor by, String reason) {
        ReturnPickup pickup = store.get(id);
        LocalDateTime now = LocalDateTime.now(clock);
        pickup.failed(nextSlotId, by, reason, now);
        store.save(pickup);
        if (pickup.getStatus() == ReturnPickup.Status.CANCELLED) {
            loans.releaseRemaining(id, now);
            loans.markItems(id);
        }
    }

    // ---------------------------------------------------------------------------------------------- branch

    /** The librarian's branch's pickups (another branch asked for is 403); an ADMIN's of any branch or all. */
    public PageResult<PickupView> list(Long requestedBranch, ReturnPickup.Status status, StaffPrincipal by, PageQuery page) {
        Long branchId = BranchScope.list(by, requestedBranch);
        IPage<ReturnPickup> result = mapper.selectPage(page.toPage(), Wrappers.<ReturnPickup>lambdaQuery()
                .eq(branchId != null, ReturnPickup::getBranchId, branchId)
                .eq(status != null, ReturnPickup::getStatus, status)
                .orderByDesc(ReturnPickup::getId));
        return new PageResult<>(views(result.getRecords(), Viewer.STAFF), result.getTotal(), result.getCurrent(),
                result.getSize());
    }

    public PickupView detail(long id, StaffPrincipal by) {
        return view(store.visibleTo(by, id), Viewer.STAFF);
    }

    /**
     * The courier's bag is emptied at the desk of the pickup's branch: every collected loan (all lent there) closes and
     * its copy goes back on the shelf.
     */
    @Transactional
    public PickupView checkIn(long id, StaffPrincipal by) {
        ReturnPickup pickup = store.visibleTo(by, id);
        if (pickup.getStatus() == ReturnPickup.Status.CHECKED_IN) {
            return view(pickup, Viewer.STAFF);
        }
        if (pickup.getStatus() != ReturnPickup.Status.COLLECTED) {
            throw ReturnPickupErrorCode.NOT_COLLECTED.exception();
        }
        for (long loanId : loans.collected(id)) {
            loanService.returnAtDesk(loanId, by); // the LoanReturned listener below closes the pickup after the last
        }
        return view(store.get(id), Viewer.STAFF);
    }

    /**
     * A loan of a pickup was returned at the desk (one by one, or by {@link #checkIn}): the last collected one checks
     * the pickup in; a loan brought in by the reader while the courier had not been sent leaves the pickup, which is
     * cancelled when nothing is left to collect. Runs inside the returning transaction.
     */
    @EventListener
    void onLoanReturned(LoanEvents.LoanReturned event) {
        Long pickupId = loans.loans(List.of(event.loanId())).stream().findFirst()
                .map(PickupLoanMapper.LoanRow::returnPickupId).orElse(null);
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
            end(pickup, Actor.SYSTEM, "书已全部在馆归还，无需上门");
        }
    }

    /** Cancels a pickup not yet out: loans back to the reader, slot unit back, planned stop off its route. */
    private void end(ReturnPickup pickup, Actor by, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        pickup.moveTo(ReturnPickup.Status.CANCELLED, by, reason, now);
        store.save(pickup);
        loans.releaseRemaining(pickup.getId(), now);
        loans.markItems(pickup.getId());
        booking.release(pickup.getSlotId());
        for (DeliveryStop stop : stops.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .eq(DeliveryStop::getReturnPickupId, pickup.getId()).eq(DeliveryStop::getStatus, DeliveryStop.Status.PLANNED))) {
            stops.deleteById(stop.getId());
            if (stops.selectCount(Wrappers.<DeliveryStop>lambdaQuery().eq(DeliveryStop::getRouteId, stop.getRouteId())) == 0) {
                routes.delete(Wrappers.<DeliveryRoute>lambdaQuery().eq(DeliveryRoute::getId, stop.getRouteId())
                        .eq(DeliveryRoute::getStatus, DeliveryRoute.Status.PLANNED));
            }
        }
    }

    private PickupView view(ReturnPickup p, Viewer viewer) {
        return views(List.of(p), viewer).getFirst();
    }

    /**
     * A page of pickups in a fixed number of queries, whatever its length. The owner also gets the code to show the
     * courier at the door while the pickup is out.
     */
    private List<PickupView> views(List<ReturnPickup> pickups, Viewer viewer) {
        if (pickups.isEmpty()) {
            return List.of();
        }
        List<Long> ids = pickups.stream().map(ReturnPickup::getId).toList();
        Map<Long, DeliveryInfo> delivery = deliveryInfos.ofPickups(ids, viewer);
        Map<Long, List<ItemView>> items = loans.items(ids).stream().collect(Collectors.groupingBy(
                PickupLoanMapper.ItemRow::pickupId,
                Collectors.mapping(i -> new ItemView(i.loanId(), i.title(), i.loanStatus(), i.collected()), Collectors.toList())));
        Map<Long, List<TimelineEntry>> timelines = historyMapper.selectList(Wrappers.<ReturnPickupHistory>lambdaQuery()
                        .in(ReturnPickupHistory::getPickupId, ids).orderByAsc(ReturnPickupHistory::getId)).stream()
                .collect(Collectors.groupingBy(ReturnPickupHistory::getPickupId, Collectors.mapping(h -> new TimelineEntry(
                        h.getToStatus(), h.getToStatus().label(), h.getReason(), Times.toOffset(h.getCreatedAt())),
                        Collectors.toList())));
        Map<Long, Reader> readersById = readers.selectByIds(pickups.stream().map(ReturnPickup::getReaderId).distinct().toList())
                .stream().collect(Collectors.toMap(Reader::getId, r -> r));
        return pickups.stream().map(p -> {
            DeliveryInfo info = delivery.get(p.getId());
            Reader reader = readersById.get(p.getReaderId());
            return new PickupView(p.getId(), p.getReaderId(), reader == null ? null : reader.getName(),
                    reader == null ? null : reader.getPhoneMasked(), p.getStatus(), p.getStatus().label(), p.getBranchId(),
                    p.getSlotId(), info == null ? null : info.slotDate(), info == null ? null : info.slotStart(),
                    info == null ? null : info.slotEnd(), p.getWindowStart(), p.getWindowEnd(), p.getAddressId(), p.getBooks(),
                    p.getAttempts(), p.getDispatchNote(), p.getFailReason(), Times.toOffset(p.getCollectedAt()),
                    Times.toOffset(p.getCheckedInAt()), Times.toOffset(p.getCreatedAt()),
                    items.getOrDefault(p.getId(), List.of()), timelines.getOrDefault(p.getId(), List.of()), info,
                    viewer == Viewer.OWNER && p.getStatus() == ReturnPickup.Status.OUT ? p.getHandoverCode() : null);
        }).toList();
    }
}
