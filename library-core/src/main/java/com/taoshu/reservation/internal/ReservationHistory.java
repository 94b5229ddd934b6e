package com.taoshu.reservation.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.reservation.Reservation;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;

@TableName("reservation_history")
public class ReservationHistory extends StatusHistory<Reservation.Status> {

    private Long reservationId;

    public static ReservationHistory of(long reservationId, Transition<Reservation.Status> t) {
        ReservationHistory h = new ReservationHistory();
        h.reservationId = reservationId;
        h.record(t);
        return h;
    }

    public Long getReservationId() { return reservationId; }
    public void setReservationId(Long reservationId) { this.reservationId = reservationId; }
}
