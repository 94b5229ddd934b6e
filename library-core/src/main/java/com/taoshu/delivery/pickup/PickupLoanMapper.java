package com.taoshu.delivery.pickup;

import com.taoshu.loan.LoanStatus;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The loans of return pickups: promised to a pickup by a conditional update, collected, released. */
@Mapper
public interface PickupLoanMapper {

    record LoanRow(long id, long readerId, long bookId, long branchId, String status, Long returnPickupId) {
    }

    record ItemRow(long pickupId, long loanId, String title, String loanStatus, Boolean collected) {
    }

    @Select("""
            <script>
            SELECT id, reader_id, book_id, branch_id, status, return_pickup_id FROM loan
            WHERE id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<LoanRow> loans(@Param("ids") Collection<Long> ids);

    /** Promises the reader's ACTIVE, not yet promised loans to the pickup; the count tells whether all were free. */
    default int promise(long pickupId, long readerId, Collection<Long> ids, LocalDateTime now) {
        return promise(pickupId, readerId, ids, now, LoanStatus.ACTIVE);
    }

    @Update("""
            <script>
            UPDATE loan SET return_pickup_id = #{pickupId}, version = version + 1, updated_at = #{now}
            WHERE reader_id = #{readerId} AND status = #{active} AND return_pickup_id IS NULL
              AND id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    int promise(@Param("pickupId") long pickupId, @Param("readerId") long readerId, @Param("ids") Collection<Long> ids,
                @Param("now") LocalDateTime now, @Param("active") LoanStatus active);

    @Insert("""
            <script>
            INSERT INTO return_pickup_item (pickup_id, loan_id) VALUES
            <foreach collection="ids" item="id" separator=",">(#{pickupId}, #{id})</foreach>
            </script>""")
    int insertItems(@Param("pickupId") long pickupId, @Param("ids") Collection<Long> ids);

    /** The pickup's loans still with the reader (ACTIVE and promised to it). */
    default List<Long> promised(long pickupId) {
        return loansOf(pickupId, LoanStatus.ACTIVE);
    }

    /** The pickup's loans in a courier's bag, waiting to be checked in. */
    default List<Long> collected(long pickupId) {
        return loansOf(pickupId, LoanStatus.RETURN_COLLECTED);
    }

    @Select("SELECT id FROM loan WHERE return_pickup_id = #{pickupId} AND status = #{status} ORDER BY id")
    List<Long> loansOf(@Param("pickupId") long pickupId, @Param("status") LoanStatus status);

    /** Gives the reader back the loans the pickup did not take (they stay ACTIVE, free for another pickup). */
    default int releaseRemaining(long pickupId, LocalDateTime now) {
        return releaseRemaining(pickupId, now, LoanStatus.ACTIVE);
    }

    @Update("""
            UPDATE loan SET return_pickup_id = NULL, version = version + 1, updated_at = #{now}
            WHERE return_pickup_id = #{pickupId} AND status = #{active}""")
    int releaseRemaining(@Param("pickupId") long pickupId, @Param("now") LocalDateTime now,
                         @Param("active") LoanStatus active);

    default int markItems(long pickupId) {
        return markItems(pickupId, LoanStatus.RETURN_COLLECTED);
    }

    @Update("""
            UPDATE return_pickup_item i JOIN loan l ON l.id = i.loan_id
            SET i.collected = (l.status = #{collected} AND l.return_pickup_id = i.pickup_id)
            WHERE i.pickup_id = #{pickupId}""")
    int markItems(@Param("pickupId") long pickupId, @Param("collected") LoanStatus collected);

    @Select("""
            <script>
            SELECT i.pickup_id, i.loan_id, b.title, l.status AS loan_status, i.collected
            FROM return_pickup_item i JOIN loan l ON l.id = i.loan_id JOIN book b ON b.id = l.book_id
            WHERE i.pickup_id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY i.pickup_id, i.loan_id
            </script>""")
    List<ItemRow> items(@Param("ids") Collection<Long> pickupIds);
}
