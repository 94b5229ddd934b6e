package com.taoshu.review;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader's review (书评) of a title: a rating 1..5 and optional text, one per reader and title, editable by its author.
 * <pre>
 * VISIBLE ──librarian hides (with reason)──> HIDDEN ──librarian restores──> VISIBLE
 * PENDING (moderation said "review") ──librarian approves──> VISIBLE | ──hides──> HIDDEN
 * VISIBLE ──author edits into text moderation wants reviewed──> PENDING
 * </pre>
 * A HIDDEN review leaves the public list and the average; its author still sees it, marked hidden. Every move and
 * every edit is recorded (drained into book_review_history by the store).
 */
@TableName("book_review")
public class BookReview {

    public static final int MAX_CONTENT = 1000;

    public enum Status implements LifecycleStatus<Status> {
        VISIBLE("已展示"), HIDDEN("已隐藏"), PENDING("待审核");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(VISIBLE, PENDING)
                .move(VISIBLE, HIDDEN, PENDING)
                .move(HIDDEN, VISIBLE)
                .move(PENDING, VISIBLE, HIDDEN)
                .build();

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Lifecycle<Status> lifecycle() {
            return MOVES;
        }
    }


    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private Long bookId;
    private Integer rating;
    private String content;
    private Status status;
    private String hiddenReason;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;
    @TableField(exist = false)
    private final List<Transition<Status>> transitions = new ArrayList<>();

    /** A new review: VISIBLE, or PENDING for a librarian when moderation asked for a review. */
    public static BookReview write(long readerId, long bookId, int rating, String content, boolean held, Actor by,
                                   LocalDateTime now) {
        BookReview r = new BookReview();
        r.readerId = readerId;
        r.bookId = bookId;
        r.rating = checkedRating(rating);
        r.content = content;
        r.status = held ? Status.PENDING : Status.VISIBLE;
        r.version = 0;
        r.transitions.add(new Transition<>(null, r.status, by, held ? "发表书评，内容待人工审核" : "发表书评", now));
        return r;
    }

    /** The author changes rating and text; the status (a librarian's hiding) stays as it is. */
    public void edit(int newRating, String newContent, Actor by, LocalDateTime now) {
        rating = checkedRating(newRating);
        content = newContent;
        transitions.add(new Transition<>(status, status, by, "修改书评", now));
    }

    /** Moderation wants the edited text reviewed: out of the public list until a librarian approves it. */
    public void holdForReview(Actor by, LocalDateTime now) {
        if (status == Status.VISIBLE) {
            moveTo(Status.PENDING, by, "修改后的内容待人工审核", now);
        }
    }

    public void hide(String reason, Actor by, LocalDateTime now) {
        moveTo(Status.HIDDEN, by, reason, now);
        hiddenReason = reason;
    }

    public void restore(Actor by, LocalDateTime now) {
        moveTo(Status.VISIBLE, by, "恢复展示", now);
        hiddenReason = null;
    }

    private void moveTo(Status next, Actor by, String reason, LocalDateTime now) {
        status.lifecycle().check(status, next, ReviewErrorCode.BAD_STATE, "该书评当前为");
        transitions.add(new Transition<>(status, next, by, reason, now));
        status = next;
    }

    private static int checkedRating(int rating) {
        if (rating < 1 || rating > 5) {
            throw ReviewErrorCode.RATING_OUT_OF_RANGE.exception();
        }
        return rating;
    }

    List<Transition<Status>> drainTransitions() {
        List<Transition<Status>> out = List.copyOf(transitions);
        transitions.clear();
        return out;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Long getBookId() { return bookId; }
    public void setBookId(Long bookId) { this.bookId = bookId; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getHiddenReason() { return hiddenReason; }
    public void setHiddenReason(String hiddenReason) { this.hiddenReason = hiddenReason; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
