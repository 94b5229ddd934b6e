package com.taoshu.catalog.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.catalog.BookCopy;
import com.taoshu.catalog.CopyStatus;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface BookCopyMapper extends BaseMapper<BookCopy> {

    /** {@code update … set status = to where id = ? and status = from}: 0 when someone else moved the copy first. */
    int changeStatus(@Param("id") long id, @Param("from") CopyStatus from, @Param("to") CopyStatus to,
                     @Param("now") LocalDateTime now);

    /** Moves an AVAILABLE copy to another branch; 0 when it is no longer AVAILABLE. */
    int transferAvailable(@Param("id") long id, @Param("toBranchId") long toBranchId, @Param("now") LocalDateTime now,
                          @Param("available") CopyStatus available);

    /** Moves an AVAILABLE copy to another branch; 0 when it is not on the shelf. */
    default int transferAvailable(long id, long toBranchId, LocalDateTime now) {
        return transferAvailable(id, toBranchId, now, CopyStatus.AVAILABLE);
    }

    int changeShelfLocation(@Param("id") long id, @Param("shelfLocation") String shelfLocation, @Param("now") LocalDateTime now);

    /** Holdings (not LOST/WITHDRAWN) and AVAILABLE copies per title and branch, for many titles in one query. */
    List<BranchStockRow> stockByBookAndBranch(@Param("bookIds") Collection<Long> bookIds,
                                              @Param("enabledBranchesOnly") boolean enabledBranchesOnly,
                                              @Param("available") CopyStatus available,
                                              @Param("gone") Collection<CopyStatus> gone);

    /** Holdings ({@link CopyStatus#GONE} left out) and copies on the shelf, per title and branch. */
    default List<BranchStockRow> stockByBookAndBranch(Collection<Long> bookIds, boolean enabledBranchesOnly) {
        return stockByBookAndBranch(bookIds, enabledBranchesOnly, CopyStatus.AVAILABLE, CopyStatus.GONE);
    }
}
