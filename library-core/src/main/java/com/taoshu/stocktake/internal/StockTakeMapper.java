package com.taoshu.stocktake.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.stocktake.StockTake;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface StockTakeMapper extends BaseMapper<StockTake> {

    /** Locks the take's own row (never a copy row): scans and finish of one take run one after the other. */
    @Select("SELECT * FROM stock_take WHERE id = #{id} FOR UPDATE")
    StockTake lockById(@Param("id") long id);
}
