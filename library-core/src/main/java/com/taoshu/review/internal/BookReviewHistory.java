package com.taoshu.review.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.review.BookReview;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;

@TableName("book_review_history")
public class BookReviewHistory extends StatusHistory<BookReview.Status> {

    private Long reviewId;

    public static BookReviewHistory of(long reviewId, Transition<BookReview.Status> t) {
        BookReviewHistory h = new BookReviewHistory();
        h.reviewId = reviewId;
        h.record(t);
        return h;
    }

    public Long getReviewId() { return reviewId; }
    public void setReviewId(Long reviewId) { this.reviewId = reviewId; }
}
