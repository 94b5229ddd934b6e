package com.taoshu.suggestion;

import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.suggestion.internal.SuggestionHistory;
import com.taoshu.suggestion.internal.SuggestionHistoryMapper;
import com.taoshu.suggestion.internal.SuggestionMapper;
import org.springframework.stereotype.Component;

/** Loads and saves suggestions; every save writes the drained transitions to reader_suggestion_history. */
@Component
public class SuggestionStore {

    private final SuggestionMapper mapper;
    private final SuggestionHistoryMapper history;

    public SuggestionStore(SuggestionMapper mapper, SuggestionHistoryMapper history) {
        this.mapper = mapper;
        this.history = history;
    }

    public Suggestion get(long id) {
        Suggestion s = mapper.selectById(id);
        if (s == null) {
            throw SuggestionErrorCode.SUGGESTION_NOT_FOUND.exception();
        }
        return s;
    }

    /** The reader's own suggestion or request; anyone else's is "not found". */
    public Suggestion owned(ReaderId reader, long id) {
        Suggestion s = mapper.selectById(id);
        if (s == null || s.getReaderId() != reader.value()) {
            throw SuggestionErrorCode.SUGGESTION_NOT_FOUND.exception();
        }
        return s;
    }

    public void insert(Suggestion s) {
        mapper.insert(s);
        writeHistory(s);
    }

    /** Optimistic: two librarians acting on one request at once make the second a 409. */
    public void save(Suggestion s) {
        if (mapper.updateById(s) == 0) {
            throw SuggestionErrorCode.BAD_STATE.exception("该记录刚刚被其他操作更新，请刷新后重试");
        }
        writeHistory(s);
    }

    private void writeHistory(Suggestion s) {
        for (Transition<Suggestion.Status> t : s.drainTransitions()) {
            history.insert(SuggestionHistory.of(s.getId(), t));
        }
    }
}
