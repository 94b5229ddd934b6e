package com.taoshu.review;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

@TableName("book_review_history")
public class BookReviewHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long reviewId;
    private BookReview.Status fromStatus;
    private BookReview.Status toStatus;
    private String actorType;
    private Long actorId;
    private String reason;
    private LocalDateTime createdAt;

    static BookReviewHistory of(long reviewId, BookReview.Transition t) {
        BookReviewHistory h = new BookReviewHistory();
        h.reviewId = reviewId;
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
    public Long getReviewId() { return reviewId; }
    public void setReviewId(Long reviewId) { this.reviewId = reviewId; }
    public BookReview.Status getFromStatus() { return fromStatus; }
    public void setFromStatus(BookReview.Status fromStatus) { this.fromStatus = fromStatus; }
    public BookReview.Status getToStatus() { return toStatus; }
    public void setToStatus(BookReview.Status toStatus) { this.toStatus = toStatus; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
