import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'

export interface Session {
  loggedIn: boolean
  role: string | null
}

/**
 * Where a navigation may go: public pages always; everything else needs a session (else to login, remembering
 * where they wanted to go); ADMIN-only pages send a librarian to the dashboard.
 */
export function decide(to: Pick<RouteLocationNormalized, 'name' | 'fullPath' | 'meta' | 'matched'>, session: Session): true | RouteLocationRaw {
  const isPublic = to.matched.some((r) => r.meta?.public) || to.meta?.public
  if (isPublic) {
    if (to.name === 'login' && session.loggedIn) return { name: 'dashboard' }
    return true
  }
  if (!session.loggedIn) {
    return to.fullPath && to.fullPath !== '/' ? { name: 'login', query: { redirect: to.fullPath } } : { name: 'login' }
  }
  const adminOnly = to.matched.some((r) => r.meta?.adminOnly)
  if (adminOnly && session.role !== 'ADMIN') return { name: 'dashboard' }
  return true
}

/** Only same-app paths are honoured as a post-login redirect (never another origin). */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/dashboard'
}
