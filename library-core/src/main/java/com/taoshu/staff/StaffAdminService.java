package com.taoshu.staff;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branches;
import com.taoshu.reader.ReaderErrorCode;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.PasswordHasher;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.staff.internal.StaffMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN's management of staff accounts: librarians, couriers and other admins. Accounts are disabled, never deleted. */
@Service
public class StaffAdminService {

    private final StaffMapper staffMapper;
    private final StaffDirectory directory;
    private final PasswordHasher hasher;
    private final Branches branches;
    private final ApplicationEventPublisher events;

    public StaffAdminService(StaffMapper staffMapper, StaffDirectory directory, PasswordHasher hasher, Branches branches,
                             ApplicationEventPublisher events) {
        this.staffMapper = staffMapper;
        this.directory = directory;
        this.hasher = hasher;
        this.branches = branches;
        this.events = events;
    }

    public record NewStaff(String username, String phone, String name, String password, Role role, Long branchId) {
    }

    public record StaffChange(String name, Long branchId, Boolean enabled, String newPassword) {
    }

    public PageResult<StaffView> list(Role role, Long branchId, PageQuery page) {
        var result = staffMapper.selectPage(page.toPage(), Wrappers.<Staff>lambdaQuery()
                .eq(role != null, Staff::getRole, role)
                .eq(branchId != null, Staff::getBranchId, branchId)
                .orderByAsc(Staff::getId));
        return PageResult.of(result, StaffView::of);
    }

    /** A new account; a courier also gets a default working profile at its branch (delivery), in the same transaction. */
    @Transactional
    public StaffView create(NewStaff request) {
        if (request.role() != Role.ADMIN) {
            if (request.branchId() == null) {
                throw StaffErrorCode.BRANCH_REQUIRED.exception();
            }
        }
        if (request.branchId() != null) {
            branches.findEnabled(request.branchId()).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
        }
        boolean courier = request.role() == Role.COURIER;
        if (courier ? isBlank(request.phone()) : isBlank(request.username())) {
            throw StaffErrorCode.LOGIN_REQUIRED_FIELD.exception();
        }
        Staff staff = Staff.create(blankToNull(request.username()), blankToNull(request.phone()), request.name().trim(),
                hasher.hash(request.password()), request.role(), request.branchId());
        try {
            staffMapper.insert(staff);
        } catch (DuplicateKeyException e) {
            throw StaffErrorCode.USERNAME_TAKEN.exception();
        }
        events.publishEvent(new StaffEvents.Created(staff.getId(), staff.getRole(), staff.getBranchId()));
        return StaffView.of(staff);
    }

    @Transactional
    public StaffView change(long staffId, StaffChange change, StaffPrincipal by) {
        Staff staff = directory.find(staffId).orElseThrow(StaffErrorCode.STAFF_NOT_FOUND::exception);
        Long branchBefore = staff.getBranchId();
        if (change.name() != null) {
            staff.setName(change.name().trim());
        }
        if (change.branchId() != null) {
            branches.findEnabled(change.branchId()).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
            staff.setBranchId(change.branchId());
        }
        if (change.enabled() != null) {
            if (!change.enabled() && staffId == by.staffId()) {
                throw StaffErrorCode.CANNOT_DISABLE_SELF.exception();
            }
            staff.setEnabled(change.enabled());
        }
        if (change.newPassword() != null) {
            staff.setPasswordHash(hasher.hash(change.newPassword()));
        }
        staffMapper.updateById(staff);
        boolean branchChanged = change.branchId() != null && !change.branchId().equals(branchBefore);
        if (branchChanged) {
            events.publishEvent(new StaffEvents.BranchChanged(staffId, staff.getRole(), branchBefore, change.branchId()));
        }
        if (branchChanged || Boolean.FALSE.equals(change.enabled()) || change.newPassword() != null) {
            events.publishEvent(new StaffEvents.AccessChanged(staffId));
        }
        return StaffView.of(staff);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
