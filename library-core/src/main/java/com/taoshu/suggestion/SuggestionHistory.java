package com.taoshu.suggestion;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

@TableName("reader_suggestion_history")
public class SuggestionHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long suggestionId;
    private Suggestion.Status fromStatus;
    private Suggestion.Status toStatus;
    private String actorType;
    private Long actorId;
    private String reason;
    private LocalDateTime createdAt;

    static SuggestionHistory of(long suggestionId, Suggestion.Transition t) {
        SuggestionHistory h = new SuggestionHistory();
        h.suggestionId = suggestionId;
        h.fromStatus = t.from();
        h.toStatus = t.to();
        h.actorType = t.actor().type().name();
        h.actorId = t.actor().id();
        h.reason = t.reason();
        h.createdAt = t.at();
        return h;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getSuggestionId() { return suggestionId; }
    public void setSuggestionId(Long suggestionId) { this.suggestionId = suggestionId; }
    public Suggestion.Status getFromStatus() { return fromStatus; }
    public void setFromStatus(Suggestion.Status fromStatus) { this.fromStatus = fromStatus; }
    public Suggestion.Status getToStatus() { return toStatus; }
    public void setToStatus(Suggestion.Status toStatus) { this.toStatus = toStatus; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
