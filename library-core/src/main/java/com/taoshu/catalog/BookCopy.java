package com.taoshu.catalog;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/**
 * One physical copy (复本) of a title at a branch, with a unique barcode. Status changes go through conditional
 * updates (the catalog's copy mapper, {@link CopyHolds}, {@link Copies}) because orders hold copies concurrently.
 */
@TableName("book_copy")
public class BookCopy {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long bookId;
    private Long branchId;
    private String barcode;
    private CopyStatus status;
    private String shelfLocation;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    /** A new copy on the shelf. */
    public static BookCopy onShelf(long bookId, long branchId, String barcode, String shelfLocation) {
        BookCopy c = new BookCopy();
        c.bookId = bookId;
        c.branchId = branchId;
        c.barcode = barcode;
        c.status = CopyStatus.AVAILABLE;
        c.shelfLocation = shelfLocation;
        c.version = 0;
        return c;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getBookId() { return bookId; }
    public void setBookId(Long bookId) { this.bookId = bookId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public String getBarcode() { return barcode; }
    public void setBarcode(String barcode) { this.barcode = barcode; }
    public CopyStatus getStatus() { return status; }
    public void setStatus(CopyStatus status) { this.status = status; }
    public String getShelfLocation() { return shelfLocation; }
    public void setShelfLocation(String shelfLocation) { this.shelfLocation = shelfLocation; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
