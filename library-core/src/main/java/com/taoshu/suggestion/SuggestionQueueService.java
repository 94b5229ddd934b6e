package com.taoshu.suggestion;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Isbn;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.time.Times;
import com.taoshu.suggestion.SuggestionViews.SuggestionView;
import com.taoshu.suggestion.internal.PurchaseArrivals;
import com.taoshu.suggestion.internal.SuggestionMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The librarians' queue of suggestions and purchase requests: reply, accept, reject with a reason, mark PURCHASED
 * (one request, or every open request of an ISBN at once: duplicates are grouped with their count). A title already
 * on a shelf when it is marked PURCHASED reaches its requesters at once ({@link PurchaseArrivals}).
 */
@Service
public class SuggestionQueueService {

    private final SuggestionStore store;
    private final SuggestionMapper mapper;
    private final SuggestionViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SuggestionQueueService(SuggestionStore store, SuggestionMapper mapper, SuggestionViews views,
                                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    public record GroupView(String isbn, String title, String author, long requests, OffsetDateTime firstRequestedAt,
                            OffsetDateTime lastRequestedAt) {
    }

    public PageResult<SuggestionView> queue(Suggestion.Type type, Suggestion.Status status, PageQuery page) {
        IPage<Suggestion> result = mapper.selectPage(page.toPage(), Wrappers.<Suggestion>lambdaQuery()
                .eq(type != null, Suggestion::getType, type)
                .eq(status != null, Suggestion::getStatus, status)
                .orderByAsc(Suggestion::getId));
        return PageResult.of(result, views::queued);
    }

    /** Open purchase requests grouped by ISBN, the most asked-for first. */
    public PageResult<GroupView> purchaseGroups(PageQuery page) {
        List<GroupView> rows = mapper.openPurchaseGroups(page.size(), page.offset()).stream()
                .map(g -> new GroupView(g.isbn(), g.title(), g.author(), g.requests(), Times.toOffset(g.firstRequestedAt()),
                        Times.toOffset(g.lastRequestedAt())))
                .toList();
        return PageResult.of(rows, mapper.countOpenPurchaseGroups(), page);
    }

    public SuggestionView detail(long id) {
        return views.full(store.get(id));
    }

    @Transactional
    public SuggestionView reply(long id, String text, Actor by) {
        Suggestion s = store.get(id);
        s.reply(text.strip(), by, LocalDateTime.now(clock));
        store.save(s);
        return views.full(store.get(id));
    }

    @Transactional
    public SuggestionView accept(long id, String reply, Actor by) {
        Suggestion s = store.get(id);
        if (s.getStatus() != Suggestion.Status.ACCEPTED) {
            s.accept(blankToNull(reply), by, LocalDateTime.now(clock));
            store.save(s);
        }
        return views.full(store.get(id));
    }

    @Transactional
    public SuggestionView reject(long id, String reason, Actor by) {
        Suggestion s = store.get(id);
        if (s.getStatus() != Suggestion.Status.REJECTED) {
            s.reject(reason.strip(), by, LocalDateTime.now(clock));
            store.save(s);
        }
        return views.full(store.get(id));
    }

    /** Bought; {@code isbn} (any form) completes a request that named only a title. */
    @Transactional
    public SuggestionView purchased(long id, String isbn, String reply, Actor by) {
        Suggestion s = store.get(id);
        if (s.getStatus() != Suggestion.Status.PURCHASED) {
            s.purchased(blankToNull(isbn) == null ? null : Isbn.parse(isbn).value(), blankToNull(reply), by,
                    LocalDateTime.now(clock));
            store.save(s);
            events.publishEvent(new PurchaseMarked(s.getIsbn()));
        }
        return views.full(store.get(id));
    }

    /** Every open request of the ISBN marked PURCHASED at once; returns how many. */
    @Transactional
    public int purchasedGroup(String isbn, String reply, Actor by) {
        String normalised = Isbn.parse(isbn).value();
        List<Suggestion> open = mapper.selectList(Wrappers.<Suggestion>lambdaQuery()
                .eq(Suggestion::getType, Suggestion.Type.PURCHASE).eq(Suggestion::getIsbn, normalised)
                .in(Suggestion::getStatus, Suggestion.Status.SUBMITTED, Suggestion.Status.ACCEPTED)
                .orderByAsc(Suggestion::getId));
        if (open.isEmpty()) {
            throw SuggestionErrorCode.NOTHING_TO_PURCHASE.exception();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (Suggestion s : open) {
            s.purchased(null, blankToNull(reply), by, now);
            store.save(s);
        }
        events.publishEvent(new PurchaseMarked(normalised));
        return open.size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
