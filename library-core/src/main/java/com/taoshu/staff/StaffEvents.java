package com.taoshu.staff;

import com.taoshu.shared.security.Role;

/**
 * What happens to staff accounts that other features keep data for. Published inside the changing transaction and
 * handled synchronously ({@code @EventListener}), so the account and what hangs off it change together.
 */
public final class StaffEvents {

    private StaffEvents() {
    }

    /** A new account was created. */
    public record Created(long staffId, Role role, Long branchId) {
    }

    /**
     * What an account may do changed (disabled, password reset, role or branch changed): its sessions end once the
     * change commits, so no token keeps the old rights.
     */
    public record AccessChanged(long staffId) {
    }

    /** An account moved to another branch. */
    public record BranchChanged(long staffId, Role role, Long from, long to) {
    }
}
