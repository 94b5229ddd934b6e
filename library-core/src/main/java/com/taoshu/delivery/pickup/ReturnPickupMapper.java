package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReturnPickupMapper extends BaseMapper<ReturnPickup> {
}
