package com.taoshu.loan.reservation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ReservationMapper extends BaseMapper<Reservation> {

    /** The head of the queue, row-locked: two returns at once serialise here. */
    @Select("""
            SELECT * FROM reservation WHERE book_id = #{bookId} AND branch_id = #{branchId} AND status = 'WAITING'
            ORDER BY id LIMIT 1 FOR UPDATE""")
    Reservation headForUpdate(@Param("bookId") long bookId, @Param("branchId") long branchId);

    /** WAITING → FULFILLED, conditional: false when another transaction got there first. */
    @Update("""
            UPDATE reservation SET status = 'FULFILLED', active_key = NULL, order_id = #{orderId}, ready_at = #{now},
                   version = version + 1, updated_at = #{now}
            WHERE id = #{id} AND status = 'WAITING'""")
    int fulfil(@Param("id") long id, @Param("orderId") long orderId, @Param("now") LocalDateTime now);

    /** 1-based place in the queue of a waiting reservation. */
    @Select("""
            SELECT COUNT(*) FROM reservation q JOIN reservation r ON r.id = #{id}
            WHERE q.book_id = r.book_id AND q.branch_id = r.branch_id AND q.status = 'WAITING' AND q.id <= r.id""")
    int position(@Param("id") long id);

    @Select("SELECT reservation_limit FROM borrow_rule WHERE card_type = #{cardType}")
    Integer limitOf(@Param("cardType") String cardType);

    /** The reader has the title on loan (with them) or in an open order. */
    @Select("""
            SELECT (SELECT COUNT(*) FROM loan WHERE reader_id = #{readerId} AND book_id = #{bookId} AND status = 'ACTIVE')
                 + (SELECT COUNT(*) FROM borrow_order_line l JOIN borrow_order o ON o.id = l.order_id
                    WHERE o.reader_id = #{readerId} AND l.book_id = #{bookId} AND l.status = 'HELD'
                      AND o.status IN ('SUBMITTED','APPROVED','READY_FOR_PICKUP','AWAITING_DISPATCH','DISPATCHED',
                                       'OUT_FOR_DELIVERY','DELIVERY_FAILED'))""")
    int holdingTitle(@Param("readerId") long readerId, @Param("bookId") long bookId);

    record QueueKey(long bookId, long branchId) {
    }

    /**
     * Titles with readers waiting while a copy stands AVAILABLE at that branch (a copy that arrived by another way), in
     * one fixed order: two sweeps at once lock the queues' heads in the same order and take turns, never deadlock.
     */
    @Select("""
            SELECT DISTINCT r.book_id, r.branch_id FROM reservation r
            WHERE r.status = 'WAITING' AND EXISTS (SELECT 1 FROM book_copy c WHERE c.book_id = r.book_id
                  AND c.branch_id = r.branch_id AND c.status = 'AVAILABLE')
            ORDER BY r.book_id, r.branch_id""")
    List<QueueKey> queuesWithFreeCopies();

    /** Fulfilled reservations whose order ended without the reader taking the book. */
    @Select("""
            SELECT r.* FROM reservation r JOIN borrow_order o ON o.id = r.order_id
            WHERE r.status = 'FULFILLED' AND o.status IN ('EXPIRED','CANCELLED','REJECTED','RETURNED_TO_SHELF')
            ORDER BY r.id""")
    List<Reservation> lapsed();
}
