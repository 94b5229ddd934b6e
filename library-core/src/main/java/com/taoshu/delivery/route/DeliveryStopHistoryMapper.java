package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DeliveryStopHistoryMapper extends BaseMapper<DeliveryStopHistory> {
}
