package com.taoshu.loan.internal;

import com.taoshu.loan.LoanStatus;
import com.taoshu.loan.PickupPromises.PromisableLoan;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The loan's {@code return_pickup_id}: which return pickup a loan is promised to (see {@code PickupPromises}). */
@Mapper
public interface PickupPromiseMapper {

    @Select("""
            <script>
            SELECT id, reader_id, book_id, branch_id, status, return_pickup_id FROM loan
            WHERE id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<PromisableLoan> loans(@Param("ids") Collection<Long> ids);

    @Update("""
            <script>
            UPDATE loan SET return_pickup_id = #{pickupId}, version = version + 1, updated_at = #{now}
            WHERE reader_id = #{readerId} AND status = #{active} AND return_pickup_id IS NULL
              AND id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    int promise(@Param("pickupId") long pickupId, @Param("readerId") long readerId, @Param("ids") Collection<Long> ids,
                @Param("now") LocalDateTime now, @Param("active") LoanStatus active);

    @Select("SELECT id FROM loan WHERE return_pickup_id = #{pickupId} AND status = #{status} ORDER BY id")
    List<Long> loansOf(@Param("pickupId") long pickupId, @Param("status") LoanStatus status);

    @Update("""
            UPDATE loan SET return_pickup_id = NULL, version = version + 1, updated_at = #{now}
            WHERE return_pickup_id = #{pickupId} AND status = #{active}""")
    int release(@Param("pickupId") long pickupId, @Param("now") LocalDateTime now, @Param("active") LoanStatus active);
}
