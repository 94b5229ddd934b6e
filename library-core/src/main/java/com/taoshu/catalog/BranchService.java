package com.taoshu.catalog;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.internal.BranchMapper;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Branches (分馆): everyone lists the enabled ones; ADMIN creates and edits them. Never deleted, only disabled. */
@Service
public class BranchService {

    private final BranchMapper branchMapper;

    public BranchService(BranchMapper branchMapper) {
        this.branchMapper = branchMapper;
    }

    public record BranchDraft(String code, String name, String address, String phone, BigDecimal lat, BigDecimal lng,
                              Integer deliveryRadiusM, Boolean enabled) {
    }

    public List<BranchView> list(boolean enabledOnly) {
        return branchMapper.selectList(Wrappers.<Branch>lambdaQuery()
                        .eq(enabledOnly, Branch::getEnabled, true)
                        .orderByAsc(Branch::getId))
                .stream().map(BranchView::of).toList();
    }

    @Transactional
    public BranchView create(BranchDraft draft) {
        Branch branch = new Branch();
        apply(branch, draft);
        if (branch.getDeliveryRadiusM() == null) {
            branch.setDeliveryRadiusM(3000);
        }
        if (branch.getEnabled() == null) {
            branch.setEnabled(true);
        }
        try {
            branchMapper.insert(branch);
        } catch (DuplicateKeyException e) {
            throw CatalogErrorCode.BRANCH_CODE_TAKEN.exception("分馆编码「" + branch.getCode() + "」已被使用");
        }
        return BranchView.of(branch);
    }

    /** Changes the fields given (null = keep); {@code enabled=false} disables the branch. */
    @Transactional
    public BranchView update(long id, BranchDraft draft) {
        Branch branch = branchMapper.selectById(id);
        if (branch == null) {
            throw CatalogErrorCode.BRANCH_NOT_FOUND.exception();
        }
        apply(branch, draft);
        try {
            branchMapper.updateById(branch);
        } catch (DuplicateKeyException e) {
            throw CatalogErrorCode.BRANCH_CODE_TAKEN.exception("分馆编码「" + branch.getCode() + "」已被使用");
        }
        return BranchView.of(branchMapper.selectById(id));
    }

    private static void apply(Branch b, BranchDraft d) {
        if (d.code() != null) b.setCode(d.code().trim());
        if (d.name() != null) b.setName(d.name().trim());
        if (d.address() != null) b.setAddress(d.address().trim());
        if (d.phone() != null) b.setPhone(d.phone().isBlank() ? null : d.phone().trim());
        if (d.lat() != null) b.setLat(d.lat());
        if (d.lng() != null) b.setLng(d.lng());
        if (d.deliveryRadiusM() != null) b.setDeliveryRadiusM(d.deliveryRadiusM());
        if (d.enabled() != null) b.setEnabled(d.enabled());
    }
}
