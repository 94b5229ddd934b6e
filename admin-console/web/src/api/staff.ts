// Staff accounts and their live login sessions.
import { http } from './index'
import type { Query } from './http'
import type { LoginSessionView, PageResult, Role, StaffView } from './types'

export const listStaff = (q: Query) => http.get<PageResult<StaffView>>('/api/admin/staff', q)

export function createStaff(body: { username?: string; phone?: string; name: string; password: string; role: Role | string; branchId?: number }) {
  return http.post<unknown>('/api/admin/staff', body)
}

export function updateStaff(id: number, body: { name: string; branchId?: number; enabled: boolean; newPassword?: string }) {
  return http.put<unknown>(`/api/admin/staff/${id}`, body)
}

export const listSessions = (staffId: number) => http.get<LoginSessionView[]>(`/api/admin/staff/${staffId}/sessions`)

export const endSession = (staffId: number, sessionId: string) =>
  http.del<unknown>(`/api/admin/staff/${staffId}/sessions/${sessionId}`)

export const endAllSessions = (staffId: number) => http.del<{ ended: number }>(`/api/admin/staff/${staffId}/sessions`)
