package com.taoshu.suggestion;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Isbn;
import com.taoshu.moderation.TextModeration;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.suggestion.SuggestionViews.SuggestionView;
import com.taoshu.suggestion.internal.SuggestionMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reader's side of suggestions and purchase requests: send one, see one's own with status and the librarian's
 * reply, withdraw one not yet handled. A purchase request's ISBN is held in the 13-digit form so that duplicates from
 * different readers group in the librarians' queue; one reader may not ask twice for the same open ISBN, nor for a
 * title the library already holds.
 */
@Service
public class SuggestionService {

    private final SuggestionStore store;
    private final SuggestionMapper mapper;
    private final SuggestionViews views;
    private final Readers readers;
    private final TextModeration moderation;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SuggestionService(SuggestionStore store, SuggestionMapper mapper, SuggestionViews views, Readers readers,
                             TextModeration moderation, PlatformTransactionManager txManager, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.views = views;
        this.readers = readers;
        this.moderation = moderation;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    public record PurchaseDraft(String isbn, String title, String author, String reason, Long branchId) {
    }

    /** Moderation calls WeChat, so it runs before the transaction that stores the suggestion (never inside one). */
    public SuggestionView suggest(ReaderId reader, Suggestion.Category category, String content) {
        moderate(reader, content);
        return tx.execute(status -> {
            Suggestion s = Suggestion.suggestion(reader.value(), category, content.strip(), Actor.reader(reader),
                    LocalDateTime.now(clock));
            store.insert(s);
            return views.full(store.get(s.getId()));
        });
    }

    public SuggestionView requestPurchase(ReaderId reader, PurchaseDraft draft) {
        moderate(reader, String.join("\n", java.util.stream.Stream.of(draft.title(), draft.author(), draft.reason())
                .filter(t -> t != null && !t.isBlank()).toList()));
        return tx.execute(status -> storePurchase(reader, draft));
    }

    private SuggestionView storePurchase(ReaderId reader, PurchaseDraft draft) {
        String isbn = blankToNull(draft.isbn()) == null ? null : Isbn.parse(draft.isbn()).value();
        String title = blankToNull(draft.title());
        if (isbn == null && (title == null || blankToNull(draft.author()) == null)) {
            throw SuggestionErrorCode.TITLE_OR_ISBN_NEEDED.exception();
        }
        if (isbn != null) {
            Long held = mapper.bookIdByIsbn(isbn);
            if (held != null && !mapper.branchesHolding(held).isEmpty()) {
                throw SuggestionErrorCode.ALREADY_IN_LIBRARY.exception();
            }
            if (mapper.exists(Wrappers.<Suggestion>lambdaQuery().eq(Suggestion::getReaderId, reader.value())
                    .eq(Suggestion::getType, Suggestion.Type.PURCHASE).eq(Suggestion::getIsbn, isbn)
                    .in(Suggestion::getStatus, Suggestion.Status.SUBMITTED, Suggestion.Status.ACCEPTED, Suggestion.Status.PURCHASED))) {
                throw SuggestionErrorCode.ALREADY_REQUESTED.exception();
            }
        }
        Long branchId = readers.branchFor(reader.value(), draft.branchId());
        Suggestion s = Suggestion.purchase(reader.value(), isbn, title, blankToNull(draft.author()),
                blankToNull(draft.reason()), branchId, Actor.reader(reader), LocalDateTime.now(clock));
        store.insert(s);
        return views.full(store.get(s.getId()));
    }

    /**
     * Risky text is refused. Text WeChat wants reviewed is accepted: a suggestion is read by a librarian before anything
     * happens with it and is never shown to other readers, so the suggestion queue is its moderation queue.
     */
    private void moderate(ReaderId reader, String text) {
        String openid = readers.find(reader.value()).map(com.taoshu.reader.Reader::getOpenid).orElse(null);
        if (moderation.check(openid, TextModeration.Scene.FORUM, text).refused()) {
            throw SuggestionErrorCode.INAPPROPRIATE_TEXT.exception();
        }
    }

    public PageResult<SuggestionView> mine(ReaderId reader, Suggestion.Type type, PageQuery page) {
        IPage<Suggestion> result = mapper.selectPage(page.toPage(), Wrappers.<Suggestion>lambdaQuery()
                .eq(Suggestion::getReaderId, reader.value()).eq(type != null, Suggestion::getType, type)
                .orderByDesc(Suggestion::getId));
        return PageResult.of(result, views::brief);
    }

    public SuggestionView detail(ReaderId reader, long id) {
        return views.full(store.owned(reader, id));
    }

    /** Withdrawn before a librarian handled it; withdrawing twice answers the same. */
    @Transactional
    public SuggestionView withdraw(ReaderId reader, long id) {
        Suggestion s = store.owned(reader, id);
        if (s.getStatus() != Suggestion.Status.WITHDRAWN) {
            s.withdraw(Actor.reader(reader), LocalDateTime.now(clock));
            store.save(s);
        }
        return views.full(store.get(id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
