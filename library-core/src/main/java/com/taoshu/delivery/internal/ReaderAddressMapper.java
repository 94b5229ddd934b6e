package com.taoshu.delivery.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.delivery.ReaderAddress;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReaderAddressMapper extends BaseMapper<ReaderAddress> {
}
