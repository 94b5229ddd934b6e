package com.taoshu.reservation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReservationHistoryMapper extends BaseMapper<ReservationHistory> {
}
