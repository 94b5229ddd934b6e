package com.taoshu.catalog;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.internal.BranchMapper;
import java.util.List;
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
        return find(id).filter(b -> Boolean.TRUE.equals(b.getEnabled()));
    }

    public Optional<Branch> find(long id) {
        return Optional.ofNullable(branchMapper.selectById(id));
    }

    public Optional<Branch> findByCode(String code) {
        return Optional.ofNullable(branchMapper.selectOne(Wrappers.<Branch>lambdaQuery().eq(Branch::getCode, code)));
    }

    /** The branch's name; empty when there is no such branch. */
    public Optional<String> name(long id) {
        return find(id).map(Branch::getName);
    }

    /** Every enabled branch (the candidates to serve an address). */
    public List<Branch> enabled() {
        return branchMapper.selectList(Wrappers.<Branch>lambdaQuery().eq(Branch::getEnabled, true));
    }
}
