package com.taoshu.reservation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.loan.LoanStatus;
import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import com.taoshu.reservation.Reservation;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ReservationMapper extends BaseMapper<Reservation> {

    /** The head of the queue, row-locked: two returns at once serialise here. */
    default Reservation headForUpdate(long bookId, long branchId) {
        return headForUpdate(bookId, branchId, Reservation.Status.WAITING);
    }

    @Select("""
            SELECT * FROM reservation WHERE book_id = #{bookId} AND branch_id = #{branchId} AND status = #{waiting}
            ORDER BY id LIMIT 1 FOR UPDATE""")
    Reservation headForUpdate(@Param("bookId") long bookId, @Param("branchId") long branchId,
                              @Param("waiting") Reservation.Status waiting);

    /** WAITING → FULFILLED, conditional: 0 when another transaction got there first. */
    default int fulfil(long id, long orderId, LocalDateTime now) {
        Reservation.Status from = Reservation.Status.WAITING;
        Reservation.Status to = Reservation.Status.FULFILLED;
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException(from + " -> " + to);
        }
        return fulfil(id, orderId, now, from, to);
    }

    @Update("""
            UPDATE reservation SET status = #{to}, active_key = NULL, order_id = #{orderId}, ready_at = #{now},
                   version = version + 1, updated_at = #{now}
            WHERE id = #{id} AND status = #{from}""")
    int fulfil(@Param("id") long id, @Param("orderId") long orderId, @Param("now") LocalDateTime now,
               @Param("from") Reservation.Status from, @Param("to") Reservation.Status to);

    /** 1-based place in the queue of a waiting reservation. */
    default int position(long id) {
        return position(id, Reservation.Status.WAITING);
    }

    @Select("""
            SELECT COUNT(*) FROM reservation q JOIN reservation r ON r.id = #{id}
            WHERE q.book_id = r.book_id AND q.branch_id = r.branch_id AND q.status = #{waiting} AND q.id <= r.id""")
    int position(@Param("id") long id, @Param("waiting") Reservation.Status waiting);

    @Select("SELECT reservation_limit FROM borrow_rule WHERE card_type = #{cardType}")
    Integer limitOf(@Param("cardType") String cardType);

    /** The reader has the title on loan (with them) or in an open order ({@link OrderStatus#OPEN}). */
    default int holdingTitle(long readerId, long bookId) {
        return holdingTitle(readerId, bookId, LoanStatus.ACTIVE, LineStatus.HELD, OrderStatus.OPEN);
    }

    @Select("""
            <script>
            SELECT (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND book_id = #{bookId} AND status = #{active})
                 + (SELECT COUNT(*) FROM borrow_order_line l JOIN borrow_order o ON o.id = l.order_id
                    WHERE o.reader_id = #{readerId} AND l.book_id = #{bookId} AND l.status = #{held}
                      AND o.status IN <foreach collection="open" item="s" open="(" separator="," close=")">#{s}</foreach>)
            </script>""")
    int holdingTitle(@Param("readerId") long readerId, @Param("bookId") long bookId, @Param("active") LoanStatus active,
                     @Param("held") LineStatus held, @Param("open") Collection<OrderStatus> open);

    record QueueKey(long bookId, long branchId) {
    }

    /**
     * Titles with readers waiting while a copy stands AVAILABLE at that branch (a copy that arrived by another way), in
     * one fixed order: two sweeps at once lock the queues' heads in the same order and take turns, never deadlock.
     */
    default List<QueueKey> queuesWithFreeCopies() {
        return queuesWithFreeCopies(Reservation.Status.WAITING, CopyStatus.AVAILABLE);
    }

    @Select("""
            SELECT DISTINCT r.book_id, r.branch_id FROM reservation r
            WHERE r.status = #{waiting} AND EXISTS (SELECT 1 FROM book_copy c WHERE c.book_id = r.book_id
                  AND c.branch_id = r.branch_id AND c.status = #{available})
            ORDER BY r.book_id, r.branch_id""")
    List<QueueKey> queuesWithFreeCopies(@Param("waiting") Reservation.Status waiting,
                                        @Param("available") CopyStatus available);

    /** Fulfilled reservations whose order ended without the reader taking the book ({@link OrderStatus#NOT_TAKEN}). */
    default List<Reservation> lapsed() {
        return lapsed(Reservation.Status.FULFILLED, OrderStatus.NOT_TAKEN);
    }

    @Select("""
            <script>
            SELECT r.* FROM reservation r JOIN borrow_order o ON o.id = r.order_id
            WHERE r.status = #{fulfilled}
              AND o.status IN <foreach collection="ended" item="s" open="(" separator="," close=")">#{s}</foreach>
            ORDER BY r.id
            </script>""")
    List<Reservation> lapsed(@Param("fulfilled") Reservation.Status fulfilled,
                             @Param("ended") Collection<OrderStatus> ended);
}
