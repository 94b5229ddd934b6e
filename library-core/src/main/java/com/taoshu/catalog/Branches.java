package com.taoshu.catalog;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Branch look-ups other features use (they never reach the mapper themselves). */
@Component
public class Branches {

    private final BranchMapper branchMapper;

    public Branches(BranchMapper branchMapper) {
        this.branchMapper = branchMapper;
    }

    public Optional<Branch> findEnabled(long id) {
        return Optional.ofNullable(branchMapper.selectById(id)).filter(b -> Boolean.TRUE.equals(b.getEnabled()));
    }

    public Optional<Branch> find(long id) {
        return Optional.ofNullable(branchMapper.selectById(id));
    }

    public Optional<Branch> findByCode(String code) {
        return Optional.ofNullable(branchMapper.selectOne(
                com.baomidou.mybatisplus.core.toolkit.Wrappers.<Branch>lambdaQuery().eq(Branch::getCode, code)));
    }
}
