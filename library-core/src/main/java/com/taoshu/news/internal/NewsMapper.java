package com.taoshu.news.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.news.News;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface NewsMapper extends BaseMapper<News> {
}
