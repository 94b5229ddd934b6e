// The dashboard and the statistics page: daily rollups, top titles and categories, reader activity, Excel export.
import { http } from './index'
import type { Query } from './http'
import type { Dashboard, RollupResult, StatsPoint, TopRow } from './types'

export interface CardActivity {
  cardType: string
  cardLabel: string
  activeReaderDays: number
  loans: number
}

export const getDashboard = (branchId: number | null) => http.get<Dashboard>('/api/admin/dashboard', { branchId })

export const statsSeries = (q: Query) => http.get<StatsPoint[]>('/api/admin/stats/series', q)

export const topTitles = (q: Query) => http.get<TopRow[]>('/api/admin/stats/top-titles', q)

export const topCategories = (q: Query) => http.get<TopRow[]>('/api/admin/stats/top-categories', q)

export const readerActivity = (q: Query) => http.get<CardActivity[]>('/api/admin/stats/reader-activity', q)

/** Downloads the statistics as Excel; answers the file name. */
export const exportStats = (q: Query) => http.download('/api/admin/stats/export', q, '借阅统计.xlsx')

export const rollupStats = (from: string, to: string) =>
  http.post<RollupResult>(`/api/admin/stats/rollup?from=${from}&to=${to}`)
