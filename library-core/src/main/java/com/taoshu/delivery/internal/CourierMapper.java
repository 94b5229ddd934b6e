package com.taoshu.delivery.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.delivery.Courier;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CourierMapper extends BaseMapper<Courier> {
}
