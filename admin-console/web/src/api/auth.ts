// Signing in and out (POST /api/admin/auth/login, /logout).
import { http } from './index'
import type { StaffSession } from './types'

export function login(username: string, password: string) {
  return http.post<StaffSession>('/api/admin/auth/login', { username, password })
}

export function logout() {
  return http.post<unknown>('/api/admin/auth/logout', {})
}
