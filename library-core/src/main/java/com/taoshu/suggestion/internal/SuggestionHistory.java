package com.taoshu.suggestion.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;
import com.taoshu.suggestion.Suggestion;

@TableName("reader_suggestion_history")
public class SuggestionHistory extends StatusHistory<Suggestion.Status> {

    private Long suggestionId;

    public static SuggestionHistory of(long suggestionId, Transition<Suggestion.Status> t) {
        SuggestionHistory h = new SuggestionHistory();
        h.suggestionId = suggestionId;
        h.record(t);
        return h;
    }

    public Long getSuggestionId() { return suggestionId; }
    public void setSuggestionId(Long suggestionId) { this.suggestionId = suggestionId; }
}
