package com.taoshu.reservation;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Books;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.catalog.CopyHolds;
import com.taoshu.delivery.AddressService;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderErrorCode;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.reservation.internal.ReservationHistoryMapper;
import com.taoshu.reservation.internal.ReservationMapper;
import com.taoshu.reservation.internal.ReservationOffers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations (预约): a queue per title and branch, first come first served — joining it (the reader, or the library
 * for a purchase request that arrived), leaving it (the reader, the desk), the reader's list and the desk's queue.
 * What happens when a copy comes back — the head of the queue gets it in a new order — is {@link ReservationOffers}.
 * An order not picked up expires as any other (pickupExpiryJob), releasing the copy to the next in the queue.
 */
@Service
public class ReservationService {

    private final ReservationMapper mapper;
    private final ReservationHistoryMapper history;
    private final ReservationOffers offers;
    private final Books books;
    private final Readers readers;
    private final CopyHolds copies;
    private final AddressService addresses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReservationService(ReservationMapper mapper, ReservationHistoryMapper history, ReservationOffers offers,
                              Books books, Readers readers, CopyHolds copies, AddressService addresses,
                              ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.history = history;
        this.offers = offers;
        this.books = books;
        this.readers = readers;
        this.copies = copies;
        this.addresses = addresses;
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
        if (!books.exists(bookId)) {
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
        history.recordMoves(reservation);
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
        history.recordMoves(reservation);
        offers.offer(bookId, branchId);
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
            var book = books.find(cancelled.getBookId()).orElse(null);
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
        history.recordMoves(reservation);
        return mapper.selectById(reservation.getId());
    }

    /** Readers waiting for this title at this branch (renewals are refused while anyone waits and no copy is free). */
    public long waiting(long bookId, long branchId, long exceptReaderId) {
        return mapper.selectCount(Wrappers.<Reservation>lambdaQuery().eq(Reservation::getBookId, bookId)
                .eq(Reservation::getBranchId, branchId).eq(Reservation::getStatus, Reservation.Status.WAITING)
                .ne(Reservation::getReaderId, exceptReaderId));
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
        var book = books.find(r.getBookId()).orElse(null);
        Integer position = r.getStatus() == Reservation.Status.WAITING ? mapper.position(r.getId()) : null;
        return new ReservationView(r.getId(), r.getBookId(), book == null ? null : book.getTitle(), r.getBranchId(),
                r.getStatus(), r.getStatus().label(), r.getFulfilment(), position, r.getOrderId(), r.getNote(),
                Times.toOffset(r.getCreatedAt()), Times.toOffset(r.getReadyAt()), null, null, null);
    }
}
