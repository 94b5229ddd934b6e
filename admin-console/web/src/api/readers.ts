// Readers at the desk: search, detail (card history), loans, suspend / restore, card type and home branch.
import { http } from './index'
import type { Query } from './http'
import type { CardApplicationView, CardType, LoanView, PageResult, ReaderDetail, ReaderView } from './types'

export const listReaders = (q: Query) => http.get<PageResult<ReaderView>>('/api/admin/readers', q)

export const getReader = (id: number) => http.get<ReaderDetail>(`/api/admin/readers/${id}`)

export const listReaderLoans = (readerId: number, q: Query) =>
  http.get<PageResult<LoanView>>(`/api/admin/readers/${readerId}/loans`, q)

export function setReaderSuspended(id: number, suspended: boolean, reason: string) {
  return http.post<unknown>(`/api/admin/readers/${id}/${suspended ? 'suspend' : 'restore'}`, { reason })
}

export function changeCardType(id: number, body: { cardType: CardType | string; homeBranchId?: number; reason?: string }) {
  return http.post<unknown>(`/api/admin/readers/${id}/card-type`, body)
}

export function moveHomeBranch(id: number, body: { branchId: number | null; reason?: string }) {
  return http.put<unknown>(`/api/admin/readers/${id}/home-branch`, body)
}

/** 诚信通申请 (用户升级) of the staff member's branch. */
export const listCardApplications = (q: Query) =>
  http.get<PageResult<CardApplicationView>>('/api/admin/card-applications', q)

/** Approve (optional note the reader sees) or reject (reason required). */
export const decideCardApplication = (id: number, approve: boolean, text?: string) =>
  http.post<unknown>(`/api/admin/card-applications/${id}/${approve ? 'approve' : 'reject'}`,
    approve ? { note: text } : { reason: text })
