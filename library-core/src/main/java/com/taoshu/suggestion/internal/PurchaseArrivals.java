package com.taoshu.suggestion.internal;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.BookChanged;
import com.taoshu.reservation.ReservationErrorCode;
import com.taoshu.reservation.ReservationService;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.suggestion.PurchaseMarked;
import com.taoshu.suggestion.Suggestion;
import com.taoshu.suggestion.SuggestionStore;
import com.taoshu.suggestion.internal.SuggestionMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A purchased title arrives: when a catalog change of a title commits (its copies were added, typically) and readers'
 * purchase requests of its ISBN are PURCHASED, each requester gets a reservation at their branch (or the branch holding
 * most copies when theirs has none) through {@link ReservationService#reserveOnBehalf}, which holds a free copy at once
 * and queues the "reservation available" notice; the request becomes FULFILLED. Each requester in a transaction of
 * its own, after the catalog's commit: one reader's refusal does not undo the others. Missed events (an instance
 * stopping after the commit) are caught by purchaseArrivalJob, which runs the same check for every PURCHASED ISBN.
 */
@Component
public class PurchaseArrivals {

    private static final Logger log = LoggerFactory.getLogger(PurchaseArrivals.class);

    private final SuggestionMapper mapper;
    private final SuggestionStore store;
    private final ReservationService reservations;
    private final TransactionTemplate eachRequester;
    private final Clock clock;

    public PurchaseArrivals(SuggestionMapper mapper, SuggestionStore store, ReservationService reservations,
                            PlatformTransactionManager transactions, Clock clock) {
        this.mapper = mapper;
        this.store = store;
        this.reservations = reservations;
        this.eachRequester = new TransactionTemplate(transactions);
        this.eachRequester.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onBookChanged(BookChanged event) {
        arrived(event.bookId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onPurchaseMarked(PurchaseMarked event) {
        Long bookId = mapper.bookIdByIsbn(event.isbn());
        if (bookId != null) {
            arrived(bookId);
        }
    }

    /** Every PURCHASED ISBN whose title is now on a shelf (the job's sweep); returns the requests fulfilled. */
    public int sweep() {
        int fulfilled = 0;
        for (String isbn : mapper.purchasedIsbns()) {
            Long bookId = mapper.bookIdByIsbn(isbn);
            if (bookId != null) {
                fulfilled += arrived(bookId);
            }
        }
        return fulfilled;
    }

    /** Fulfils the PURCHASED requests of the title's ISBN if it has copies somewhere; returns how many. */
    public int arrived(long bookId) {
        String isbn = mapper.isbnOfBook(bookId);
        if (isbn == null) {
            return 0;
        }
        List<Suggestion> waiting = mapper.selectList(Wrappers.<Suggestion>lambdaQuery()
                .eq(Suggestion::getType, Suggestion.Type.PURCHASE).eq(Suggestion::getIsbn, isbn)
                .eq(Suggestion::getStatus, Suggestion.Status.PURCHASED).orderByAsc(Suggestion::getId));
        if (waiting.isEmpty()) {
            return 0;
        }
        List<Long> branches = mapper.branchesHolding(bookId);
        if (branches.isEmpty()) {
            return 0;
        }
        int fulfilled = 0;
        for (Suggestion request : waiting) {
            long branchId = request.getBranchId() != null && branches.contains(request.getBranchId())
                    ? request.getBranchId() : branches.getFirst();
            try {
                fulfilled += fulfil(request.getId(), bookId, branchId, true);
            } catch (BizException e) {
                if (e.errorCode() == ReservationErrorCode.ALREADY_RESERVED) {
                    // the reader queued for it themselves meanwhile: the request is answered all the same
                    fulfilled += fulfil(request.getId(), bookId, branchId, false);
                } else {
                    log.warn("purchase request {}: no reservation for book {} at branch {}: {}", request.getId(), bookId,
                            branchId, e.userMessage());
                }
            } catch (RuntimeException e) {
                log.warn("purchase request {}: fulfilment failed, the job retries: {}", request.getId(), e.toString());
            }
        }
        return fulfilled;
    }

    private int fulfil(long requestId, long bookId, long branchId, boolean reserve) {
        Integer done = eachRequester.execute(tx -> {
            Suggestion request = store.get(requestId);
            if (request.getStatus() != Suggestion.Status.PURCHASED) {
                return 0; // another instance or the job was first
            }
            Long reservationId = reserve ? reservations.reserveOnBehalf(request.getReaderId(), bookId, branchId).id() : null;
            request.fulfilled(bookId, reservationId, Actor.SYSTEM,
                    reserve ? "荐购的书已到馆，已为你自动预约（" + mapper.titleOfBook(bookId) + "）" : "荐购的书已到馆，你已在预约队列中",
                    LocalDateTime.now(clock));
            store.save(request);
            return 1;
        });
        return done == null ? 0 : done;
    }
}
