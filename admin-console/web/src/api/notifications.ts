// Notices sent to readers: list, per-kind status counts, detail with attempts, resend.
import { http } from './index'
import type { Query } from './http'
import type { KindCount, NoticeDetail, NoticeView, PageResult } from './types'

export const listNotices = (q: Query) => http.get<PageResult<NoticeView>>('/api/admin/notifications', q)

export const noticeStats = () => http.get<KindCount[]>('/api/admin/notifications/stats')

export const getNotice = (id: number) => http.get<NoticeDetail>(`/api/admin/notifications/${id}`)

export const resendNotice = (id: number) => http.post<unknown>(`/api/admin/notifications/${id}/resend`)
