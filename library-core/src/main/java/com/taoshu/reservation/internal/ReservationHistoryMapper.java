package com.taoshu.reservation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.reservation.Reservation;
import com.taoshu.shared.history.Transition;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReservationHistoryMapper extends BaseMapper<ReservationHistory> {

    /** The reservation's recorded moves, in the transaction that made them. */
    default void recordMoves(Reservation reservation) {
        for (Transition<Reservation.Status> t : reservation.drainTransitions()) {
            insert(ReservationHistory.of(reservation.getId(), t));
        }
    }
}
