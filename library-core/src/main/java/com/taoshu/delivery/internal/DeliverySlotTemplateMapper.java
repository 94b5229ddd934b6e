package com.taoshu.delivery.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.delivery.DeliverySlotTemplate;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DeliverySlotTemplateMapper extends BaseMapper<DeliverySlotTemplate> {
}
