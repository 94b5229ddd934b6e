package com.taoshu.suggestion;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.lifecycle.Labelled;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A reader's suggestion (阅读建议, free text in a category) or purchase request (荐购, an ISBN or title + author, and a
 * reason). Librarians work them through:
 * <pre>
 * SUBMITTED ──accept──> ACCEPTED ──purchased──> PURCHASED ──first copy catalogued──> FULFILLED (reader gets a reservation)
 *     │  └──────────────purchased───────────────────┘
 *     ├──reject (reason)──> REJECTED      (also from ACCEPTED)
 *     └──reader withdraws──> WITHDRAWN
 * </pre>
 * PURCHASED and FULFILLED are for purchase requests only. A reply may be added at any time (recorded without a move).
 * Every move is checked by {@link Status#canMoveTo} and recorded (drained into reader_suggestion_history by the store).
 */
@TableName("reader_suggestion")
public class Suggestion {

    public enum Type implements Labelled {
        SUGGESTION("阅读建议"), PURCHASE("荐购");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Category implements Labelled {
        SERVICE("服务"), COLLECTION("馆藏"), OTHER("其他");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Status implements LifecycleStatus<Status> {
        SUBMITTED("待处理"), ACCEPTED("已采纳"), REJECTED("未采纳"), PURCHASED("已采购"), FULFILLED("已到馆"),
        WITHDRAWN("已撤回");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(SUBMITTED)
                .move(SUBMITTED, ACCEPTED, REJECTED, PURCHASED, WITHDRAWN)
                .move(ACCEPTED, PURCHASED, REJECTED)
                .move(PURCHASED, FULFILLED)
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

        /** Still waiting for the library's decision or purchase (duplicates are grouped among these). */
        public static final Set<Status> OPEN = EnumSet.of(SUBMITTED, ACCEPTED);

        public boolean isOpen() {
            return OPEN.contains(this);
        }
    }


    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private Type type;
    private Category category;
    private String content;
    private String isbn;
    private String title;
    private String author;
    private Long branchId;
    private Status status;
    private String reply;
    private String rejectReason;
    private Long bookId;
    private Long reservationId;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;
    @TableField(exist = false)
    private final List<Transition<Status>> transitions = new ArrayList<>();

    public static Suggestion suggestion(long readerId, Category category, String content, Actor by, LocalDateTime now) {
        Suggestion s = submitted(readerId, Type.SUGGESTION, by, now);
        s.category = category;
        s.content = content;
        return s;
    }

    /** {@code isbn} already normalised to 13 digits (or null when only a title is known). */
    public static Suggestion purchase(long readerId, String isbn, String title, String author, String reason,
                                      Long branchId, Actor by, LocalDateTime now) {
        Suggestion s = submitted(readerId, Type.PURCHASE, by, now);
        s.category = Category.COLLECTION;
        s.isbn = isbn;
        s.title = title;
        s.author = author;
        s.content = reason;
        s.branchId = branchId;
        return s;
    }

    private static Suggestion submitted(long readerId, Type type, Actor by, LocalDateTime now) {
        Suggestion s = new Suggestion();
        s.readerId = readerId;
        s.type = type;
        s.status = Status.SUBMITTED;
        s.version = 0;
        s.transitions.add(new Transition<>(null, Status.SUBMITTED, by, null, now));
        return s;
    }

    /** A librarian's reply the reader sees; recorded in the history without a move. */
    public void reply(String text, Actor by, LocalDateTime now) {
        reply = text;
        transitions.add(new Transition<>(status, status, by, "回复：" + text, now));
    }

    public void accept(String replyText, Actor by, LocalDateTime now) {
        moveTo(Status.ACCEPTED, by, replyText, now);
        if (replyText != null) {
            reply = replyText;
        }
    }

    public void reject(String reason, Actor by, LocalDateTime now) {
        moveTo(Status.REJECTED, by, reason, now);
        rejectReason = reason;
    }

    /** Bought: from now on the first catalogued copy of {@code isbn} brings the requester a reservation. */
    public void purchased(String purchasedIsbn, String replyText, Actor by, LocalDateTime now) {
        if (type != Type.PURCHASE) {
            throw SuggestionErrorCode.NOT_A_PURCHASE_REQUEST.exception();
        }
        if (purchasedIsbn != null) {
            isbn = purchasedIsbn;
        }
        if (isbn == null) {
            throw SuggestionErrorCode.ISBN_NEEDED.exception();
        }
        moveTo(Status.PURCHASED, by, replyText, now);
        if (replyText != null) {
            reply = replyText;
        }
    }

    /** The purchased title is on a shelf: the requester holds {@code reservationId} (null when already queued). */
    public void fulfilled(long arrivedBookId, Long reservation, Actor by, String reason, LocalDateTime now) {
        moveTo(Status.FULFILLED, by, reason, now);
        bookId = arrivedBookId;
        reservationId = reservation;
    }

    public void withdraw(Actor by, LocalDateTime now) {
        moveTo(Status.WITHDRAWN, by, "读者撤回", now);
    }

    private void moveTo(Status next, Actor by, String reason, LocalDateTime now) {
        status.lifecycle().check(status, next, SuggestionErrorCode.BAD_STATE, "该" + type.label() + "当前为");
        transitions.add(new Transition<>(status, next, by, reason, now));
        status = next;
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
    public Type getType() { return type; }
    public void setType(Type type) { this.type = type; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getIsbn() { return isbn; }
    public void setIsbn(String isbn) { this.isbn = isbn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
    public Long getBookId() { return bookId; }
    public void setBookId(Long bookId) { this.bookId = bookId; }
    public Long getReservationId() { return reservationId; }
    public void setReservationId(Long reservationId) { this.reservationId = reservationId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
