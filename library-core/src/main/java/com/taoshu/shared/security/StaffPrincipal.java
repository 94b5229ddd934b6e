package com.taoshu.shared.security;

/**
 * The logged-in staff member (admin, librarian or courier); a controller parameter of this type is filled from the
 * bearer token. {@code branchId} is null for an ADMIN of all branches.
 */
public record StaffPrincipal(long staffId, Role role, Long branchId, String name) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Works across branches: an ADMIN, or a staff member of no branch. */
    public boolean seesAllBranches() {
        return isAdmin() || branchId == null;
    }

    /** May see and act on something of {@code branch}: a librarian only of their own. */
    public boolean mayActOn(long branch) {
        return seesAllBranches() || branchId == branch;
    }

    /**
     * The branch to filter by: what was asked (null = all) for whoever works across branches; a librarian's own when
     * none is asked, {@code refusal} when another one is.
     */
    public Long scopeTo(Long requested, java.util.function.Supplier<? extends RuntimeException> refusal) {
        if (seesAllBranches()) {
            return requested;
        }
        if (requested != null && !requested.equals(branchId)) {
            throw refusal.get();
        }
        return branchId;
    }
}
