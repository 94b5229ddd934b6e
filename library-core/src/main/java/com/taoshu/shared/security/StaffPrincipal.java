package com.taoshu.shared.security;

/**
 * The logged-in staff member (admin, librarian or courier); a controller parameter of this type is filled from the
 * bearer token. {@code branchId} is null for an ADMIN of all branches.
 */
public record StaffPrincipal(long staffId, Role role, Long branchId, String name) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
