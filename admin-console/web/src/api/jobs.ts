// Scheduled jobs (list, run now) and the borrowing rules per card type.
import { http } from './index'
import type { BorrowRule, JobRun, JobView } from './types'

export const listJobs = () => http.get<JobView[]>('/api/admin/jobs')

export const runJob = (name: string) => http.post<JobRun>(`/api/admin/jobs/${encodeURIComponent(name)}/run`)

export const listRules = () => http.get<BorrowRule[]>('/api/admin/rules')

export const saveRule = (cardType: string, body: object) => http.put<BorrowRule>(`/api/admin/rules/${cardType}`, body)
