package com.taoshu.home;

import com.taoshu.catalog.Book;
import com.taoshu.catalog.BookView;
import com.taoshu.catalog.BookViews;
import com.taoshu.catalog.Books;
import com.taoshu.catalog.CategoryService;
import com.taoshu.catalog.CategoryView;
import com.taoshu.home.internal.HomeMapper;
import com.taoshu.news.NewsService;
import com.taoshu.notify.InboxService;
import com.taoshu.reader.Readers;
import com.taoshu.recommend.RecommendationService;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The mini-program's home page in one call: categories, new arrivals, hot books at the reader's branch, the latest
 * reading news and 猜你喜欢
 * ({@link RecommendationService}; a reader without history gets the branch's hot books). Everything but the recommendations is the same for every reader of a branch and is cached
 * per branch for {@link #TTL} in this instance (each instance refreshes on its own; a minute-old list is fine here).
 */
@Service
public class HomeFeedService {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int LIST = 10;
    static final Duration HOT_WINDOW = Duration.ofDays(30);

    private final HomeMapper mapper;
    private final Books books;
    private final BookViews views;
    private final CategoryService categories;
    private final NewsService news;
    private final Readers readers;
    private final RecommendationService recommendations;
    private final InboxService inbox;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    public HomeFeedService(HomeMapper mapper, Books books, BookViews views, CategoryService categories,
                           NewsService news, Readers readers, RecommendationService recommendations, InboxService inbox,
                           Clock clock) {
        this.mapper = mapper;
        this.books = books;
        this.views = views;
        this.categories = categories;
        this.news = news;
        this.readers = readers;
        this.recommendations = recommendations;
        this.inbox = inbox;
        this.clock = clock;
    }

    public record Home(Long branchId, List<CategoryView> categories, List<BookView> newArrivals, List<BookView> hotBooks,
                       List<NewsService.NewsSummary> news, List<BookView> recommended, String recommendedBy,
                       long unreadNotices) {
    }

    private record Shared(List<CategoryView> categories, List<BookView> newArrivals, List<BookView> hotBooks,
                          List<NewsService.NewsSummary> news) {
    }

    private record Cached(Instant until, Shared shared) {
    }

    public Home home(ReaderId reader, Long branchId) {
        Long branch = readers.branchFor(reader.value(), branchId);
        Instant now = clock.instant();
        Cached cached = cache.get(branch == null ? -1L : branch);
        if (cached == null || now.isAfter(cached.until())) {
            cached = new Cached(now.plus(TTL), load(reader, branch));
            cache.put(branch == null ? -1L : branch, cached);
        }
        Shared shared = cached.shared();
        RecommendationService.Picks recommended = recommendations.forReader(reader.value(), branch, LIST);
        List<Long> picks = recommended.bookIds();
        String by = recommended.basis().label();
        if (picks.isEmpty()) {
            Set<Long> mine = recommendations.excludedFor(reader.value());
            picks = shared.hotBooks().stream().map(BookView::id).filter(id -> !mine.contains(id)).toList();
            by = "本馆近期热门（借阅几本书后会按您的口味推荐）";
        }
        return new Home(branch, shared.categories(), shared.newArrivals(), shared.hotBooks(), shared.news(),
                byIds(picks), by, inbox.unread(reader.value()).unread());
    }

    private Shared load(ReaderId reader, Long branch) {
        LocalDateTime hotSince = LocalDateTime.now(clock).minus(HOT_WINDOW);
        return new Shared(categories.list(), byIds(mapper.newArrivals(branch, LIST)), byIds(mapper.hot(branch, hotSince, LIST)),
                news.published(reader, branch, PageQuery.first(5)).records());
    }

    /** Book views in the order of {@code ids}. */
    private List<BookView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Book> found = books.byIds(ids);
        Map<Long, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        return views.of(found.stream().sorted(Comparator.comparing(b -> order.get(b.getId()))).collect(Collectors.toList()), true);
    }
}
