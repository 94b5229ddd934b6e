package com.taoshu.review;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.moderation.TextModeration;
import com.taoshu.moderation.Verdict;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.review.internal.BookReviewHistory;
import com.taoshu.review.internal.BookReviewHistoryMapper;
import com.taoshu.review.internal.BookReviewMapper;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.time.Times;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviews (书评): a reader who has borrowed a title (a loan in any status) rates it 1..5 with optional text, once per
 * title, and may edit it; the text passes {@link TextModeration} (risky → refused, review → PENDING for a librarian). The public list and the average count visible
 * reviews only; "my comments" shows the reader's own, hidden ones marked. Librarians hide (with a reason) and restore.
 */
@Service
public class ReviewService {

    private final BookReviewMapper mapper;
    private final BookReviewHistoryMapper history;
    private final TextModeration moderation;
    private final Readers readers;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReviewService(BookReviewMapper mapper, BookReviewHistoryMapper history, TextModeration moderation, Readers readers,
                         PlatformTransactionManager txManager, Clock clock) {
        this.mapper = mapper;
        this.history = history;
        this.moderation = moderation;
        this.readers = readers;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    public record Draft(int rating, String content) {
    }

    public record ReviewView(long id, long bookId, String bookTitle, String readerName, int rating, String content,
                             BookReview.Status status, String statusLabel, String hiddenReason, OffsetDateTime createdAt,
                             OffsetDateTime updatedAt) {
    }

    /** Visible reviews only; {@code average} is null while there are none (one decimal otherwise). */
    public record Summary(long count, BigDecimal average) {
    }

    public record BookReviews(Summary summary, PageResult<ReviewView> page) {
    }

    public record TimelineEntry(BookReview.Status status, String label, String actorType, String reason, OffsetDateTime at) {
    }

    public record ReviewDetail(ReviewView review, long readerId, List<TimelineEntry> timeline) {
    }

    // ---------------------------------------------------------------------------------------------- reader

    /** Moderation calls WeChat, so it runs before the transaction that writes the review (never inside one). */
    public ReviewView write(ReaderId reader, long bookId, Draft draft) {
        if (mapper.bookTitle(bookId) == null) {
            throw ReviewErrorCode.BOOK_NOT_FOUND.exception();
        }
        if (!mapper.hasBorrowed(reader.value(), bookId)) {
            throw ReviewErrorCode.NOT_BORROWED.exception();
        }
        String content = normalised(draft.content());
        Verdict verdict = moderate(reader, content);
        return tx.execute(status -> {
            BookReview review = BookReview.write(reader.value(), bookId, draft.rating(), content, verdict.needsReview(),
                    Actor.reader(reader), LocalDateTime.now(clock));
            try {
                mapper.insert(review);
            } catch (DuplicateKeyException e) {
                throw ReviewErrorCode.ALREADY_REVIEWED.exception();
            }
            writeHistory(review);
            return view(mapper.selectById(review.getId()));
        });
    }

    /**
     * The author edits rating and text; anyone else's review is 403 (the public text is no secret, the authorship is).
     * Moderation first, outside any transaction; the optimistic version guards the row read before it.
     */
    public ReviewView edit(ReaderId reader, long reviewId, Draft draft) {
        BookReview review = get(reviewId);
        if (review.getReaderId() != reader.value()) {
            throw ReviewErrorCode.NOT_AUTHOR.exception();
        }
        String content = normalised(draft.content());
        Verdict verdict = moderate(reader, content);
        return tx.execute(status -> {
            review.edit(draft.rating(), content, Actor.reader(reader), LocalDateTime.now(clock));
            if (verdict.needsReview()) {
                review.holdForReview(Actor.reader(reader), LocalDateTime.now(clock));
            }
            save(review);
            return view(mapper.selectById(reviewId));
        });
    }

    /** 我的书评: the reader's own, newest first, hidden ones included and marked. */
    public PageResult<ReviewView> mine(ReaderId reader, PageQuery page) {
        IPage<BookReview> result = mapper.selectPage(page.toPage(), Wrappers.<BookReview>lambdaQuery()
                .eq(BookReview::getReaderId, reader.value()).orderByDesc(BookReview::getId));
        return PageResult.of(result, this::view);
    }

    /** The title's visible reviews, newest first, with the count and average of visible ratings. */
    public BookReviews forBook(long bookId, PageQuery page) {
        if (mapper.bookTitle(bookId) == null) {
            throw ReviewErrorCode.BOOK_NOT_FOUND.exception();
        }
        IPage<BookReview> result = mapper.selectPage(page.toPage(), Wrappers.<BookReview>lambdaQuery()
                .eq(BookReview::getBookId, bookId).eq(BookReview::getStatus, BookReview.Status.VISIBLE)
                .orderByDesc(BookReview::getId));
        return new BookReviews(summary(bookId), PageResult.of(result, this::view));
    }

    public Summary summary(long bookId) {
        long count = mapper.selectCount(Wrappers.<BookReview>lambdaQuery().eq(BookReview::getBookId, bookId)
                .eq(BookReview::getStatus, BookReview.Status.VISIBLE));
        BigDecimal average = mapper.averageRating(bookId);
        return new Summary(count, average == null ? null : average.setScale(1, RoundingMode.HALF_UP));
    }

    // ---------------------------------------------------------------------------------------------- librarian

    public PageResult<ReviewView> list(Long bookId, BookReview.Status status, PageQuery page) {
        IPage<BookReview> result = mapper.selectPage(page.toPage(), Wrappers.<BookReview>lambdaQuery()
                .eq(bookId != null, BookReview::getBookId, bookId)
                .eq(status != null, BookReview::getStatus, status)
                .orderByDesc(BookReview::getId));
        return PageResult.of(result, this::view);
    }

    public ReviewDetail detail(long id) {
        BookReview review = get(id);
        List<TimelineEntry> timeline = history.selectList(Wrappers.<BookReviewHistory>lambdaQuery()
                        .eq(BookReviewHistory::getReviewId, id).orderByAsc(BookReviewHistory::getId)).stream()
                .map(h -> new TimelineEntry(h.getToStatus(), h.getToStatus().label(), h.getActorType(), h.getReason(),
                        Times.toOffset(h.getCreatedAt())))
                .toList();
        return new ReviewDetail(view(review), review.getReaderId(), timeline);
    }

    /** Hidden with a reason; hiding a hidden review again answers the same. */
    @Transactional
    public ReviewDetail hide(long id, String reason, Actor by) {
        BookReview review = get(id);
        if (review.getStatus() != BookReview.Status.HIDDEN) {
            review.hide(reason, by, LocalDateTime.now(clock));
            save(review);
        }
        return detail(id);
    }

    @Transactional
    public ReviewDetail restore(long id, Actor by) {
        BookReview review = get(id);
        if (review.getStatus() != BookReview.Status.VISIBLE) {
            review.restore(by, LocalDateTime.now(clock));
            save(review);
        }
        return detail(id);
    }

    // ----------------------------------------------------------------------------------------------

    private BookReview get(long id) {
        BookReview review = mapper.selectById(id);
        if (review == null) {
            throw ReviewErrorCode.REVIEW_NOT_FOUND.exception();
        }
        return review;
    }

    /** Optimistic: the author's edit and a librarian's hiding at once make one of them a 409. */
    private void save(BookReview review) {
        if (mapper.updateById(review) == 0) {
            throw ReviewErrorCode.BAD_STATE.exception("书评刚刚被其他操作更新，请刷新后重试");
        }
        writeHistory(review);
    }

    private void writeHistory(BookReview review) {
        for (Transition<BookReview.Status> t : review.drainTransitions()) {
            history.insert(BookReviewHistory.of(review.getId(), t));
        }
    }

    /** WeChat's content check (or the local list): risky text is refused, text to review is held for a librarian. */
    private Verdict moderate(ReaderId reader, String content) {
        String openid = readers.find(reader.value()).map(Reader::getOpenid).orElse(null);
        Verdict verdict = moderation.check(openid, TextModeration.Scene.COMMENT, content);
        if (verdict.refused()) {
            throw ReviewErrorCode.INAPPROPRIATE_TEXT.exception();
        }
        return verdict;
    }

    private static String normalised(String content) {
        return content == null || content.isBlank() ? null : content.strip();
    }

    private ReviewView view(BookReview r) {
        String name = readers.find(r.getReaderId()).map(Reader::getName).filter(n -> n != null && !n.isBlank())
                .map(Masking::name).orElse("读者");
        return new ReviewView(r.getId(), r.getBookId(), mapper.bookTitle(r.getBookId()), name, r.getRating(), r.getContent(),
                r.getStatus(), r.getStatus().label(), r.getHiddenReason(), Times.toOffset(r.getCreatedAt()),
                Times.toOffset(r.getUpdatedAt()));
    }
}
