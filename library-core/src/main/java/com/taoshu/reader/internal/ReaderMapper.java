package com.taoshu.reader.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.reader.Reader;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReaderMapper extends BaseMapper<Reader> {
}
