package com.taoshu.delivery.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.delivery.DeliveryApplication;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DeliveryApplicationMapper extends BaseMapper<DeliveryApplication> {
}
