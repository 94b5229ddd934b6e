package com.taoshu.news;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.news.internal.NewsHtml;
import com.taoshu.news.internal.NewsMapper;
import com.taoshu.news.internal.PublishingBranch;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading news (阅读资讯): librarians write (body sanitised by {@link NewsHtml} on every save), publish and unpublish;
 * readers list the published news of their branch and of all branches, newest first, and read one.
 */
@Service
public class NewsService {

    private final NewsMapper mapper;
    private final PublishingBranch scope;
    private final Readers readers;
    private final Clock clock;

    public NewsService(NewsMapper mapper, PublishingBranch scope, Readers readers, Clock clock) {
        this.mapper = mapper;
        this.scope = scope;
        this.readers = readers;
        this.clock = clock;
    }

    public record Draft(String title, String coverUrl, String bodyHtml, Long branchId) {
    }

    public record NewsSummary(long id, String title, String coverUrl, Long branchId, News.Status status, String statusLabel,
                              OffsetDateTime publishedAt) {
    }

    public record NewsView(long id, String title, String coverUrl, String bodyHtml, Long branchId, News.Status status,
                           String statusLabel, OffsetDateTime publishedAt, Integer version, OffsetDateTime updatedAt) {
    }

    // ---------------------------------------------------------------------------------------------- librarian

    @Transactional
    public NewsView create(Draft draft, StaffPrincipal by) {
        News news = News.draft(draft.title().strip(), blankToNull(draft.coverUrl()), cleanBody(draft.bodyHtml()),
                scope.check(by, draft.branchId()), by.staffId());
        mapper.insert(news);
        return view(get(news.getId()));
    }

    @Transactional
    public NewsView edit(long id, Draft draft, Integer version, StaffPrincipal by) {
        News news = managed(by, id);
        news.edit(draft.title().strip(), blankToNull(draft.coverUrl()), cleanBody(draft.bodyHtml()),
                scope.check(by, draft.branchId()));
        if (version != null) {
            news.setVersion(version);
        }
        save(news);
        return view(get(id));
    }

    @Transactional
    public NewsView publish(long id, StaffPrincipal by) {
        News news = managed(by, id);
        if (news.getStatus() != News.Status.PUBLISHED) {
            news.publish(LocalDateTime.now(clock));
            save(news);
        }
        return view(get(id));
    }

    @Transactional
    public NewsView unpublish(long id, StaffPrincipal by) {
        News news = managed(by, id);
        if (news.getStatus() == News.Status.PUBLISHED) {
            news.unpublish();
            save(news);
        }
        return view(get(id));
    }

    /** A librarian's own branch's news (all-branch news are an ADMIN's to manage); an ADMIN's of any branch or all. */
    public PageResult<NewsSummary> list(Long requestedBranch, News.Status status, StaffPrincipal by, PageQuery page) {
        Long branchId = BranchScope.list(by, requestedBranch);
        IPage<News> result = mapper.selectPage(page.toPage(), Wrappers.<News>lambdaQuery()
                .eq(branchId != null, News::getBranchId, branchId)
                .eq(status != null, News::getStatus, status)
                .orderByDesc(News::getId));
        return PageResult.of(result, NewsService::summary);
    }

    /** Another branch's news is "not found" to a librarian; news for all branches is everyone's to read. */
    public NewsView detail(long id, StaffPrincipal by) {
        return view(BranchScope.visible(by, mapper.selectById(id), News::getBranchId, NewsErrorCode.NEWS_NOT_FOUND));
    }

    // ---------------------------------------------------------------------------------------------- reader

    /** Published news of the branch ({@code branchId}, else the reader's home branch) and of all branches. */
    public PageResult<NewsSummary> published(ReaderId reader, Long branchId, PageQuery page) {
        Long branch = readers.branchFor(reader.value(), branchId);
        IPage<News> result = mapper.selectPage(page.toPage(), Wrappers.<News>lambdaQuery()
                .eq(News::getStatus, News.Status.PUBLISHED)
                .and(w -> {
                    w.isNull(News::getBranchId);
                    if (branch != null) {
                        w.or().eq(News::getBranchId, branch);
                    }
                })
                .orderByDesc(News::getPublishedAt).orderByDesc(News::getId));
        return PageResult.of(result, NewsService::summary);
    }

    public NewsView read(long id) {
        News news = mapper.selectById(id);
        if (news == null || news.getStatus() != News.Status.PUBLISHED) {
            throw NewsErrorCode.NEWS_NOT_FOUND.exception();
        }
        return view(news);
    }

    // ----------------------------------------------------------------------------------------------

    /** News the staff member manages: another branch's is "not found", all-branch news an ADMIN's (403). */
    private News managed(StaffPrincipal by, long id) {
        News news = BranchScope.visible(by, mapper.selectById(id), News::getBranchId, NewsErrorCode.NEWS_NOT_FOUND);
        scope.check(by, news.getBranchId());
        return news;
    }

    private News get(long id) {
        News news = mapper.selectById(id);
        if (news == null) {
            throw NewsErrorCode.NEWS_NOT_FOUND.exception();
        }
        return news;
    }

    private void save(News news) {
        if (mapper.updateById(news) == 0) {
            throw NewsErrorCode.CHANGED.exception();
        }
    }

    private static String cleanBody(String html) {
        String clean = NewsHtml.sanitise(html);
        if (!NewsHtml.hasContent(clean)) {
            throw NewsErrorCode.EMPTY_BODY.exception();
        }
        return clean;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static NewsSummary summary(News n) {
        return new NewsSummary(n.getId(), n.getTitle(), n.getCoverUrl(), n.getBranchId(), n.getStatus(), n.getStatus().label(),
                Times.toOffset(n.getPublishedAt()));
    }

    private static NewsView view(News n) {
        return new NewsView(n.getId(), n.getTitle(), n.getCoverUrl(), n.getBodyHtml(), n.getBranchId(), n.getStatus(),
                n.getStatus().label(), Times.toOffset(n.getPublishedAt()), n.getVersion(), Times.toOffset(n.getUpdatedAt()));
    }
}
