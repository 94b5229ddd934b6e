package com.taoshu.loan.reservation;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.internal.BookMapper;
import com.taoshu.catalog.CopyHolds;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.delivery.AddressService;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderApprovalService;
import com.taoshu.order.OrderErrorCode;
import com.taoshu.order.OrderEvents;
import com.taoshu.order.OrderLine;
import com.taoshu.order.OrderNumbers;
import com.taoshu.order.OrderStore;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations (预约): a queue per title and branch, first come first served. When a copy of the title is returned or
 * released at the branch, inside that same transaction the copy is held for the head of the queue in a new borrow
 * order, approved at once (actor SYSTEM): READY_FOR_PICKUP on the holding shelf, or AWAITING_DISPATCH in the next open
 * slot for a delivery-eligible reader who asked for delivery. The head row is locked and moved by a conditional
 * update, so two returns at once for a queue of one hold one copy only. An order not picked up expires as any other
 * (pickupExpiryJob), releasing the copy to the next in the queue; reservationExpiryJob marks such reservations EXPIRED
 * and hands any copy that became free another way (new copies) to waiting readers.
 */
@NamedInterface("reservation")
@Service
public class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

    private final ReservationMapper mapper;
    private final ReservationHistoryMapper history;
    private final BookMapper books;
    private final Readers readers;
    private final CopyHolds copies;
    private final OrderStore orders;
    private final OrderNumbers numbers;
    private final OrderApprovalService approval;
    private final AddressService addresses;
    private final DeliverySlots slots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReservationService(ReservationMapper mapper, ReservationHistoryMapper history, BookMapper books,
                              Readers readers, CopyHolds copies, OrderStore orders, OrderNumbers numbers,
                              OrderApprovalService approval, AddressService addresses, DeliverySlots slots, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.history = history;
        this.books = books;
        this.readers = readers;
        this.copies = copies;
        this.orders = orders;
        this.numbers = numbers;
        this.approval = approval;
        this.addresses = addresses;
        this.slots = slots;
        this.events = events;
        this.clock = clock;
    }

    /** {@code readerId}, {@code readerName} and {@code readerPhone} (masked) are for librarians: null in a reader's list. */
    public record ReservationView(long id, long bookId, String title, long branchId, Reservation.Status status,
                                  String statusLabel, Fulfilment fulfilment, Integer position, Long orderId, String note,
                                  OffsetDateTime createdAt, OffsetDateTime readyAt, Long readerId, String readerName,
                                  String readerPhone) {
    }

    // ---------------------------------------------------------------------------------------------- reader

    @Transactional
    public ReservationView reserve(ReaderId readerId, long bookId, long branchId, Fulfilment fulfilment, Long addressId) {
        Reader reader = readers.get(readerId.value());
        if (reader.getCardStatus() != CardStatus.ACTIVE) {
            throw ReservationErrorCode.CARD_INACTIVE.exception();
        }
        if (books.selectById(bookId) == null) {
            throw CatalogErrorCode.BOOK_NOT_FOUND.exception();
        }
        Fulfilment how = fulfilment == null ? Fulfilment.PICKUP : fulfilment;
        if (how == Fulfilment.DELIVERY) {
            if (reader.getDeliveryEligibility() != DeliveryEligibility.APPROVED) {
                throw OrderErrorCode.DELIVERY_NOT_ELIGIBLE.exception();
            }
            if (addressId == null) {
                throw com.taoshu.delivery.DeliveryErrorCode.DELIVERY_DETAILS_REQUIRED.exception("预约送书上门需要选择收货地址");
            }
            addresses.owned(readerId, addressId);
        }
        if (copies.held(bookId, branchId) == 0) {
            throw ReservationErrorCode.NOT_HELD_AT_BRANCH.exception();
        }
        if (copies.available(bookId, branchId) > 0) {
            throw ReservationErrorCode.COPY_AVAILABLE.exception();
        }
        if (mapper.holdingTitle(readerId.value(), bookId) > 0) {
            throw ReservationErrorCode.ALREADY_HAS_TITLE.exception();
        }
        Integer limit = mapper.limitOf(reader.getCardType().name());
        long waiting = mapper.selectCount(Wrappers.<Reservation>lambdaQuery().eq(Reservation::getReaderId, readerId.value())
                .eq(Reservation::getStatus, Reservation.Status.WAITING));
        if (limit != null && waiting >= limit) {
            throw ReservationErrorCode.LIMIT_REACHED.exception(reader.getCardType().label() + "最多同时预约" + limit + "本");
        }
        Reservation reservation = Reservation.waiting(readerId.value(), bookId, branchId, how,
                how == Fulfilment.DELIVERY ? addressId : null, Actor.reader(readerId), null, LocalDateTime.now(clock));
        try {
            mapper.insert(reservation);
        } catch (DuplicateKeyException e) {
            throw ReservationErrorCode.ALREADY_RESERVED.exception();
        }
        writeHistory(reservation);
        return view(reservation);
    }

    /**
     * A reservation made for the reader by the library (a purchase request whose title has just been catalogued): it
     * queues like any other and, when a copy is already free at the branch, is fulfilled at once. Returns the view.
     */
    @Transactional
    public ReservationView reserveOnBehalf(long readerId, long bookId, long branchId) {
        Reservation reservation = Reservation.waiting(readerId, bookId, branchId, Fulfilment.PICKUP, null, Actor.SYSTEM,
                "荐购到馆，自动预约", LocalDateTime.now(clock));
        try {
            mapper.insert(reservation);
        } catch (DuplicateKeyException e) {
            throw ReservationErrorCode.ALREADY_RESERVED.exception();
        }
        writeHistory(reservation);
        offer(bookId, branchId);
        return view(mapper.selectById(reservation.getId()));
    }

    public List<ReservationView> mine(ReaderId reader) {
        return mapper.selectList(Wrappers.<Reservation>lambdaQuery().eq(Reservation::getReaderId, reader.value())
                .orderByDesc(Reservation::getId).last("LIMIT 50")).stream().map(this::view).toList();
    }

    /** Leaves the queue; cancelling twice answers the same. Once a copy is held, the order is what is left to manage. */
    @Transactional
    public ReservationView cancel(ReaderId reader, long id) {
        Reservation reservation = mapper.selectById(id);
        if (reservation == null || reservation.getReaderId() != reader.value()) {
            throw ReservationErrorCode.RESERVATION_NOT_FOUND.exception();
        }
        return view(leaveQueue(reservation, "读者取消", Actor.reader(reader)));
    }

    /**
     * The desk takes a reader out of the queue (the reader asked by phone, the card is withdrawn…), with the reason in
     * the note and told to the reader (RESERVATION_CANCELLED notice); a librarian only at their own branch. Cancelling
     * twice answers the same and tells the reader once.
     */
    @Transactional
    public ReservationView cancelAtDesk(long id, String reason, StaffPrincipal by) {
        Reservation reservation = BranchScope.visible(by, mapper.selectById(id), Reservation::getBranchId,
                ReservationErrorCode.RESERVATION_NOT_FOUND);
        boolean waiting = reservation.getStatus() == Reservation.Status.WAITING;
        Reservation cancelled = leaveQueue(reservation, "馆员取消：" + reason.trim(), Actor.staff(by));
        if (waiting) {
            var book = books.selectById(cancelled.getBookId());
            events.publishEvent(new ReservationEvents.ReservationCancelledAtDesk(cancelled.getId(), cancelled.getReaderId(),
                    book == null ? "" : book.getTitle(), cancelled.getBranchId(), reason.trim()));
        }
        return deskView(cancelled, readers.label(cancelled.getReaderId()).orElse(null));
    }

    private Reservation leaveQueue(Reservation reservation, String note, Actor by) {
        if (reservation.getStatus() == Reservation.Status.CANCELLED) {
            return reservation;
        }
        reservation.cancel(note, by, LocalDateTime.now(clock));
        if (mapper.updateById(reservation) == 0) {
            throw ReservationErrorCode.NOT_CANCELLABLE.exception();
        }
        writeHistory(reservation);
        return mapper.selectById(reservation.getId());
    }

    /** The reservation's recorded moves, in the transaction that made them. */
    private void writeHistory(Reservation reservation) {
        for (Transition<Reservation.Status> t : reservation.drainTransitions()) {
            history.insert(ReservationHistory.of(reservation.getId(), t));
        }
    }

    /** Readers waiting for this title at this branch (renewals are refused while anyone waits and no copy is free). */
    public long waiting(long bookId, long branchId, long exceptReaderId) {
        return mapper.selectCount(Wrappers.<Reservation>lambdaQuery().eq(Reservation::getBookId, bookId)
                .eq(Reservation::getBranchId, branchId).eq(Reservation::getStatus, Reservation.Status.WAITING)
                .ne(Reservation::getReaderId, exceptReaderId));
    }

    // ---------------------------------------------------------------------------------------------- the hand-over

    /**
     * A copy came back to the shelf: the head of the title's queue at that branch gets it, in the same transaction on
     * purpose (not through the event publication registry): the copy goes from the returned loan straight to the
     * waiting reader's order, never visible as free in between to another reader's order (docs/design-decisions.md,
     * "Events that are not lost"). reservationExpiryJob's sweep offers any free copy whose title has a queue.
     */
    @EventListener
    void onCopyReleased(OrderEvents.CopyReleased event) {
        offer(event.bookId(), event.branchId());
    }

    /**
     * Holds one AVAILABLE copy of the title for the head of the queue, if anyone waits; returns whether a copy was
     * held. Runs inside the caller's transaction.
     */
    boolean offer(long bookId, long branchId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Reservation head = mapper.headForUpdate(bookId, branchId);
            if (head == null) {
                return false;
            }
            OptionalLong copy = copies.claim(bookId, branchId);
            if (copy.isEmpty()) {
                return false; // another transaction holds the free copy: it will make its own offer
            }
            LocalDateTime now = LocalDateTime.now(clock);
            Long slotId = null;
            Fulfilment how = head.getFulfilment();
            if (how == Fulfilment.DELIVERY) {
                slotId = slots.takeFirstOpen(branchId).orElse(null);
                if (slotId == null) {
                    how = Fulfilment.PICKUP; // no slot open in the coming days: the shelf, said in the note
                }
            }
            BorrowOrder order = BorrowOrder.submit(numbers.next(), head.getReaderId(), branchId, how,
                    how == Fulfilment.DELIVERY ? head.getAddressId() : null, slotId, Actor.SYSTEM, now);
            orders.insert(order);
            if (mapper.fulfil(head.getId(), order.getId(), now) == 0) {
                throw new IllegalStateException("reservation " + head.getId() + " changed under its row lock");
            }
            history.insert(ReservationHistory.of(head.getId(), new Transition<>(Reservation.Status.WAITING,
                    Reservation.Status.FULFILLED, Actor.SYSTEM, "到书，订单" + order.getOrderNo(), now)));
            if (!copies.hold(copy.getAsLong(), order.getId())) {
                throw new IllegalStateException("claimed copy " + copy.getAsLong() + " could not be held");
            }
            orders.insertLine(OrderLine.held(order.getId(), bookId, copy.getAsLong(), now));
            approval.approveBySystem(order.getId(),
                    head.getFulfilment() != how ? "预约到书（暂无可约配送时段，请到馆取书）" : "预约到书");
            events.publishEvent(new ReservationEvents.ReservationReady(head.getId(), head.getReaderId(), order.getId(),
                    now.toLocalDate()));
            log.info("reservation {} fulfilled: copy {} held in order {}", head.getId(), copy.getAsLong(), order.getId());
            return true;
        }
        return false;
    }

    public record SweepResult(int expired, int offered) {

        @Override
        public String toString() {
            return "expired=" + expired + " offered=" + offered;
        }
    }

    /** reservationExpiryJob: lapsed reservations → EXPIRED; free copies of titles with a queue → the queue. */
    @Transactional
    public SweepResult sweep() {
        int expired = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (Reservation lapsed : mapper.lapsed()) {
            lapsed.expire("未在期限内取书", Actor.SYSTEM, now);
            if (mapper.updateById(lapsed) == 1) {
                writeHistory(lapsed);
                expired++;
            }
        }
        int offered = 0;
        for (ReservationMapper.QueueKey queue : mapper.queuesWithFreeCopies()) {
            while (offer(queue.bookId(), queue.branchId())) {
                offered++;
            }
        }
        return new SweepResult(expired, offered);
    }

    // ---------------------------------------------------------------------------------------------- librarians

    /** The queue of the librarian's branch (or the branch asked for, by who works across branches). */
    public PageResult<ReservationView> queue(Long bookId, Long requestedBranch, Reservation.Status status, StaffPrincipal by,
                                             PageQuery page) {
        Long branchId = BranchScope.list(by, requestedBranch);
        IPage<Reservation> result = mapper.selectPage(page.toPage(), Wrappers.<Reservation>lambdaQuery()
                .eq(bookId != null, Reservation::getBookId, bookId)
                .eq(branchId != null, Reservation::getBranchId, branchId)
                .eq(status != null, Reservation::getStatus, status)
                .orderByAsc(Reservation::getId));
        Map<Long, Readers.Label> labels = readers.labels(result.getRecords().stream().map(Reservation::getReaderId).toList());
        return PageResult.of(result, r -> deskView(r, labels.get(r.getReaderId())));
    }

    /** The reservation with who is waiting: the desk phones them when the book comes. */
    private ReservationView deskView(Reservation r, Readers.Label reader) {
        ReservationView v = view(r);
        return new ReservationView(v.id(), v.bookId(), v.title(), v.branchId(), v.status(), v.statusLabel(), v.fulfilment(),
                v.position(), v.orderId(), v.note(), v.createdAt(), v.readyAt(), r.getReaderId(),
                reader == null ? null : reader.name(), reader == null ? null : reader.phoneMasked());
    }

    private ReservationView view(Reservation r) {
        var book = books.selectById(r.getBookId());
        Integer position = r.getStatus() == Reservation.Status.WAITING ? mapper.position(r.getId()) : null;
        return new ReservationView(r.getId(), r.getBookId(), book == null ? null : book.getTitle(), r.getBranchId(),
                r.getStatus(), r.getStatus().label(), r.getFulfilment(), position, r.getOrderId(), r.getNote(),
                Times.toOffset(r.getCreatedAt()), Times.toOffset(r.getReadyAt()), null, null, null);
    }
}
