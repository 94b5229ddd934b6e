package com.taoshu.staff;

import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.Role;

/** A staff account as shown to staff (never the password hash). */
public record StaffView(long id, String username, String phoneMasked, String name, Role role, String roleLabel,
                        Long branchId, boolean enabled) {

    public static StaffView of(Staff s) {
        return new StaffView(s.getId(), s.getUsername(), Masking.phone(s.getPhone()), s.getName(), s.getRole(),
                s.getRole().label(), s.getBranchId(), Boolean.TRUE.equals(s.getEnabled()));
    }
}
