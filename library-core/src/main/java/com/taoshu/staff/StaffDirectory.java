package com.taoshu.staff;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.security.Role;
import com.taoshu.staff.internal.StaffMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Staff look-ups for other features. */
@Component
public class StaffDirectory {

    private final StaffMapper staffMapper;

    public StaffDirectory(StaffMapper staffMapper) {
        this.staffMapper = staffMapper;
    }

    public Optional<Staff> find(long id) {
        return Optional.ofNullable(staffMapper.selectById(id));
    }

    public StaffView view(long id) {
        return find(id).map(StaffView::of).orElseThrow(StaffErrorCode.STAFF_NOT_FOUND::exception);
    }

    /** The account that logs in with this user name (librarians, admins). */
    public Optional<Staff> findByUsername(String username) {
        return Optional.ofNullable(staffMapper.selectOne(Wrappers.<Staff>lambdaQuery().eq(Staff::getUsername, username)));
    }

    /** The account that logs in with this phone number (couriers). */
    public Optional<Staff> findByPhone(String phone) {
        return Optional.ofNullable(staffMapper.selectOne(Wrappers.<Staff>lambdaQuery().eq(Staff::getPhone, phone)));
    }

    /** A page of COURIER accounts of a branch (null: all), by branch and id. */
    public IPage<Staff> couriers(Long branchId, PageQuery page) {
        return staffMapper.selectPage(page.toPage(), Wrappers.<Staff>lambdaQuery()
                .eq(Staff::getRole, Role.COURIER)
                .eq(branchId != null, Staff::getBranchId, branchId)
                .orderByAsc(Staff::getBranchId).orderByAsc(Staff::getId));
    }

    /** The COURIER accounts of a branch, by id. */
    public List<Staff> couriersAt(long branchId) {
        return staffMapper.selectList(Wrappers.<Staff>lambdaQuery().eq(Staff::getRole, Role.COURIER)
                .eq(Staff::getBranchId, branchId).orderByAsc(Staff::getId));
    }
}
