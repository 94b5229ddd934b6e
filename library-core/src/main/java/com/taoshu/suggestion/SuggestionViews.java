package com.taoshu.suggestion;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.shared.time.Times;
import com.taoshu.suggestion.internal.SuggestionHistory;
import com.taoshu.suggestion.internal.SuggestionHistoryMapper;
import com.taoshu.suggestion.internal.SuggestionMapper;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** What readers and librarians see of a suggestion or purchase request. */
@Component
public class SuggestionViews {

    public record TimelineEntry(Suggestion.Status status, String label, String actorType, String reason, OffsetDateTime at) {
    }

    /** {@code sameIsbnOpen}: open purchase requests of the same ISBN (this one included), for the librarians' queue. */
    public record SuggestionView(long id, long readerId, Suggestion.Type type, String typeLabel, Suggestion.Category category,
                                 String categoryLabel, String content, String isbn, String title, String author, Long branchId,
                                 Suggestion.Status status, String statusLabel, String reply, String rejectReason, Long bookId,
                                 Long reservationId, Long sameIsbnOpen, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                                 List<TimelineEntry> timeline) {
    }

    private final SuggestionMapper mapper;
    private final SuggestionHistoryMapper history;

    public SuggestionViews(SuggestionMapper mapper, SuggestionHistoryMapper history) {
        this.mapper = mapper;
        this.history = history;
    }

    public SuggestionView brief(Suggestion s) {
        return view(s, false, null);
    }

    public SuggestionView full(Suggestion s) {
        return view(s, true, null);
    }

    public SuggestionView queued(Suggestion s) {
        Long same = s.getType() == Suggestion.Type.PURCHASE && s.getIsbn() != null
                ? mapper.selectCount(Wrappers.<Suggestion>lambdaQuery().eq(Suggestion::getType, Suggestion.Type.PURCHASE)
                        .eq(Suggestion::getIsbn, s.getIsbn())
                        .in(Suggestion::getStatus, Suggestion.Status.SUBMITTED, Suggestion.Status.ACCEPTED))
                : null;
        return view(s, false, same);
    }

    private SuggestionView view(Suggestion s, boolean withTimeline, Long sameIsbnOpen) {
        List<TimelineEntry> timeline = !withTimeline ? List.of()
                : history.selectList(Wrappers.<SuggestionHistory>lambdaQuery().eq(SuggestionHistory::getSuggestionId, s.getId())
                        .orderByAsc(SuggestionHistory::getId)).stream()
                .map(h -> new TimelineEntry(h.getToStatus(), h.getToStatus().label(), h.getActorType(), h.getReason(),
                        Times.toOffset(h.getCreatedAt())))
                .toList();
        return new SuggestionView(s.getId(), s.getReaderId(), s.getType(), s.getType().label(), s.getCategory(),
                s.getCategory() == null ? null : s.getCategory().label(), s.getContent(), s.getIsbn(), s.getTitle(),
                s.getAuthor(), s.getBranchId(), s.getStatus(), s.getStatus().label(), s.getReply(), s.getRejectReason(),
                s.getBookId(), s.getReservationId(), sameIsbnOpen, Times.toOffset(s.getCreatedAt()),
                Times.toOffset(s.getUpdatedAt()), timeline);
    }
}
