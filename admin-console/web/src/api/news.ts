// Reading news (draft, publish / unpublish) and activities with their sign-ups.
import { http } from './index'
import type { Query } from './http'
import type { ActivityView, AttendeeView, NewsSummary, NewsView, PageResult } from './types'

export interface NewsInput {
  title: string
  coverUrl: string | null
  bodyHtml: string
  branchId: number | null
  version: number | null
}

export const listNews = (q: Query) => http.get<PageResult<NewsSummary>>('/api/admin/news', q)

export const getNews = (id: number) => http.get<NewsView>(`/api/admin/news/${id}`)

/** Creates the news (no id) or saves it. */
export const saveNews = (id: number | null, body: NewsInput) =>
  id == null ? http.post<NewsView>('/api/admin/news', body) : http.put<NewsView>(`/api/admin/news/${id}`, body)

export const setNewsPublished = (id: number, publish: boolean) =>
  http.post<NewsView>(`/api/admin/news/${id}/${publish ? 'publish' : 'unpublish'}`)

export const listActivities = (q: Query) => http.get<PageResult<ActivityView>>('/api/admin/activities', q)

/** Creates the activity (no id) or saves it. */
export const saveActivity = (id: number | null, body: object) =>
  id == null ? http.post<ActivityView>('/api/admin/activities', body) : http.put<ActivityView>(`/api/admin/activities/${id}`, body)

export const listSignups = (activityId: number, q: Query) =>
  http.get<PageResult<AttendeeView>>(`/api/admin/activities/${activityId}/signups`, q)
