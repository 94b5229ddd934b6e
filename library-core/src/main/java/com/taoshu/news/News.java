package com.taoshu.news;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.lifecycle.Labelled;
import java.time.LocalDateTime;

/**
 * A piece of reading news (阅读资讯): title, cover, sanitised HTML body, for one branch or (branchId null) all.
 * DRAFT ──publish──> PUBLISHED ──unpublish──> UNPUBLISHED ──publish──> PUBLISHED; readers see PUBLISHED only.
 */
@TableName("reading_news")
public class News {

    public enum Status implements Labelled {
        DRAFT("草稿"), PUBLISHED("已发布"), UNPUBLISHED("已下线");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @TableId(type = IdType.AUTO)
    private Long id;
    private String title;
    private String coverUrl;
    private String bodyHtml;
    @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
    private Long branchId;
    private Status status;
    private LocalDateTime publishedAt;
    private Long createdBy;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    static News draft(String title, String coverUrl, String cleanBody, Long branchId, long by) {
        News n = new News();
        n.status = Status.DRAFT;
        n.createdBy = by;
        n.version = 0;
        n.edit(title, coverUrl, cleanBody, branchId);
        return n;
    }

    void edit(String newTitle, String newCoverUrl, String cleanBody, Long newBranchId) {
        title = newTitle;
        coverUrl = newCoverUrl;
        bodyHtml = cleanBody;
        branchId = newBranchId;
    }

    /** Publishing again keeps the first publication time (the list order readers know). */
    void publish(LocalDateTime now) {
        status = Status.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void unpublish() {
        if (status == Status.PUBLISHED) {
            status = Status.UNPUBLISHED;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCoverUrl() { return coverUrl; }
    public void setCoverUrl(String coverUrl) { this.coverUrl = coverUrl; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
    public Long getCreatedBy() { return createdBy; }
    public void setCreatedBy(Long createdBy) { this.createdBy = createdBy; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
