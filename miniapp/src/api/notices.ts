// 消息中心 of the reader API (types generated from contract/openapi-app.json). Every call is silent: a backend without
// the 消息中心 answers 404, and the app then simply shows no messages instead of an error toast.
import { ApiError, request } from './http'
import type { NoticeView, Page, UnreadCount } from './types'

export type { NoticeView, UnreadCount }

export const notices = (page = 1, size = 20) =>
  request<Page<NoticeView>>('/api/app/notices', { query: { page, size }, silent: true })

export const unreadCount = () => request<UnreadCount>('/api/app/notices/unread-count', { silent: true })

export const markRead = (id: number) => request<unknown>(`/api/app/notices/${id}/read`, { method: 'POST', silent: true })

export const markAllRead = () => request<unknown>('/api/app/notices/read-all', { method: 'POST', silent: true })

/** The backend has no 消息中心 (yet): the calls answer 404. */
export const isMissing = (e: unknown) => e instanceof ApiError && e.status === 404
