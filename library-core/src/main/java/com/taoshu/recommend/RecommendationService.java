package com.taoshu.recommend;

import com.taoshu.catalog.Book;
import com.taoshu.catalog.BookView;
import com.taoshu.catalog.BookViews;
import com.taoshu.catalog.Books;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.order.OrderStatus;
import com.taoshu.reader.Readers;
import com.taoshu.recommend.internal.RecommendMapper;
import com.taoshu.recommend.internal.RecommendRebuildService;
import com.taoshu.recommend.internal.TasteBlend;
import com.taoshu.shared.lifecycle.Labelled;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * 猜你喜欢 for one reader and 借过这本书的人也借了 for one title, read from the similarity table that
 * {@link RecommendRebuildService} builds nightly. A reader's picks: the neighbours of their recent loans blended with
 * what is borrowed lately in their categories ({@link TasteBlend}); never a title they borrowed or have open in an
 * order; titles with a copy at their branch first.
 */
@Service
public class RecommendationService {

    /** The reader's most recent titles whose neighbours are considered. */
    static final int RECENT = 20;
    /** Below this many titles the reader's categories' popularity is always blended in. */
    static final int FEW_TITLES = 5;
    static final Duration TASTE_WINDOW = Duration.ofDays(90);
    private static final int POPULAR = 50;
    private static final List<String> OPEN_ORDERS = OrderStatus.OPEN.stream().map(Enum::name).toList();

    private final RecommendMapper mapper;
    private final Books books;
    private final BookViews views;
    private final Readers readers;
    private final Clock clock;

    public RecommendationService(RecommendMapper mapper, Books books, BookViews views, Readers readers, Clock clock) {
        this.mapper = mapper;
        this.books = books;
        this.views = views;
        this.readers = readers;
        this.clock = clock;
    }

    /** Why the titles were picked, as the home page says it. */
    public enum Basis implements Labelled {
        SIMILAR_READERS("借过您借的书的读者也常借这些"),
        CATEGORY_POPULAR("与您借过的书同类、近期借得多的书"),
        NONE("");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Picks(List<Long> bookIds, Basis basis) {
    }

    public record Recommended(List<BookView> books, String basis) {
    }

    /** The reader's picks, best first; empty (basis NONE) for a reader without history. */
    public Picks forReader(long readerId, Long branchId, int limit) {
        List<Long> recent = mapper.recentTitles(readerId, RECENT);
        if (recent.isEmpty()) {
            return new Picks(List.of(), Basis.NONE);
        }
        Set<Long> excluded = excludedFor(readerId);
        List<RecommendMapper.Similar> neighbours = mapper.neighbours(recent);
        boolean fewNeighbours = neighbours.stream().map(RecommendMapper.Similar::similarBookId)
                .filter(b -> !excluded.contains(b)).distinct().limit(limit).count() < limit;
        List<RecommendMapper.Popular> popular = recent.size() < FEW_TITLES || fewNeighbours
                ? mapper.popularInMyCategories(readerId, LocalDateTime.now(clock).minus(TASTE_WINDOW), POPULAR)
                : List.of();
        List<TasteBlend.Candidate> ranked = TasteBlend.rank(recent, neighbours, popular, excluded);
        if (ranked.isEmpty()) {
            return new Picks(List.of(), Basis.NONE);
        }
        List<TasteBlend.Candidate> shortlist = atBranchFirst(ranked.subList(0, Math.min(ranked.size(), 3 * limit)),
                TasteBlend.Candidate::bookId, branchId);
        List<TasteBlend.Candidate> picked = shortlist.subList(0, Math.min(limit, shortlist.size()));
        Basis basis = picked.stream().anyMatch(TasteBlend.Candidate::fromNeighbours) ? Basis.SIMILAR_READERS
                : Basis.CATEGORY_POPULAR;
        return new Picks(picked.stream().map(TasteBlend.Candidate::bookId).toList(), basis);
    }

    /** Titles never recommended to the reader: borrowed (ever) or in one of their open orders. */
    public Set<Long> excludedFor(long readerId) {
        return new HashSet<>(mapper.borrowedOrOrdered(readerId, OPEN_ORDERS));
    }

    /** The signed-in reader's own 猜你喜欢 (no reader id is accepted from outside). Empty without history. */
    public Recommended mine(ReaderId reader, Long branchId, int limit) {
        Long branch = readers.branchFor(reader.value(), branchId);
        Picks picks = forReader(reader.value(), branch, limit);
        return new Recommended(viewsInOrder(picks.bookIds()), picks.basis().label());
    }

    /** 借过这本书的人也借了: the title's neighbours, those with a copy at the reader's branch first. */
    public List<BookView> alsoBorrowed(ReaderId reader, long bookId, Long branchId, int limit) {
        if (!books.exists(bookId)) {
            throw CatalogErrorCode.BOOK_NOT_FOUND.exception();
        }
        Long branch = readers.branchFor(reader.value(), branchId);
        List<Long> similar = mapper.neighbours(List.of(bookId)).stream().map(RecommendMapper.Similar::similarBookId).toList();
        List<Long> ordered = atBranchFirst(similar, b -> b, branch);
        return viewsInOrder(ordered.subList(0, Math.min(limit, ordered.size())));
    }

    /** Stable partition: the items whose title has a copy in circulation at the branch, then the others. */
    private <T> List<T> atBranchFirst(List<T> items, java.util.function.Function<T, Long> bookId, Long branchId) {
        if (branchId == null || items.isEmpty()) {
            return items;
        }
        Set<Long> here = new HashSet<>(mapper.heldAtBranch(branchId, items.stream().map(bookId).toList()));
        List<T> ordered = new ArrayList<>(items.size());
        items.stream().filter(i -> here.contains(bookId.apply(i))).forEach(ordered::add);
        items.stream().filter(i -> !here.contains(bookId.apply(i))).forEach(ordered::add);
        return ordered;
    }

    /** Book views (with availability per branch) in the order of {@code ids}. */
    public List<BookView> viewsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<Book> found = new ArrayList<>(books.byIds(ids));
        found.sort(Comparator.comparing(b -> order.get(b.getId())));
        return views.of(found, true);
    }
}
