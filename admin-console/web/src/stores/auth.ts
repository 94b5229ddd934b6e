import { defineStore } from 'pinia'
import type { StaffView } from '../api/types'

const TOKEN_KEY = 'taoshu.admin.token'
const STAFF_KEY = 'taoshu.admin.staff'

function readStaff(): StaffView | null {
  try {
    const raw = localStorage.getItem(STAFF_KEY)
    return raw ? (JSON.parse(raw) as StaffView) : null
  } catch {
    return null
  }
}

/** The signed-in librarian: token (Bearer) and staff account, kept in localStorage across reloads. */
export const useAuthStore = defineStore('auth', {
  state: () => ({
    token: localStorage.getItem(TOKEN_KEY) as string | null,
    staff: readStaff(),
  }),
  getters: {
    loggedIn: (s) => !!s.token,
    isAdmin: (s) => s.staff?.role === 'ADMIN',
    role: (s) => s.staff?.role ?? null,
    /** A librarian of a branch works on that branch only (the server answers 403 for another): filters stay on it. */
    ownBranchOnly: (s) => s.staff?.role !== 'ADMIN' && !!s.staff?.branchId,
  },
  actions: {
    signIn(token: string, staff: StaffView) {
      this.token = token
      this.staff = staff
      localStorage.setItem(TOKEN_KEY, token)
      localStorage.setItem(STAFF_KEY, JSON.stringify(staff))
    },
    signOut() {
      this.token = null
      this.staff = null
      localStorage.removeItem(TOKEN_KEY)
      localStorage.removeItem(STAFF_KEY)
    },
  },
})
