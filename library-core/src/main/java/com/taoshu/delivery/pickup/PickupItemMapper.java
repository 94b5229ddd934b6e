package com.taoshu.delivery.pickup;

import com.taoshu.loan.LoanStatus;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The items of return pickups: which loans each asked for, which were collected. The loans themselves, and which
 * pickup they are promised to, are the loan module's ({@code PickupPromises}).
 */
@Mapper
public interface PickupItemMapper {

    record ItemRow(long pickupId, long loanId, String title, String loanStatus, Boolean collected) {
    }

    @Insert("""
            <script>
            INSERT INTO return_pickup_item (pickup_id, loan_id) VALUES
            <foreach collection="ids" item="id" separator=",">(#{pickupId}, #{id})</foreach>
            </script>""")
    int insertItems(@Param("pickupId") long pickupId, @Param("ids") Collection<Long> ids);

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
