// Loans: a return at the desk, overdue loans (list, Excel export), a lost or damaged copy and its compensation.
import { http } from './index'
import type { Query } from './http'
import type { CompensationView, OverdueView, PageResult } from './types'

export const returnLoan = (loanId: number) => http.post<unknown>(`/api/admin/loans/${loanId}/return`)

export const listOverdue = (q: Query) => http.get<PageResult<OverdueView>>('/api/admin/overdue', q)

/** Downloads the overdue list as Excel; answers the file name. */
export const exportOverdue = (q: Query) => http.download('/api/admin/overdue/export', q, '逾期图书.xlsx')

export function reportLoss(loanId: number, body: { outcome: 'LOST' | 'DAMAGED'; note: string | null; amountFen: number | null }) {
  return http.post<CompensationView>(`/api/admin/loans/${loanId}/loss`, body)
}

export const listCompensations = (q: Query) => http.get<PageResult<CompensationView>>('/api/admin/compensations', q)

export function settleCompensation(id: number, action: 'pay' | 'waive', note: string | null) {
  return http.post<unknown>(`/api/admin/compensations/${id}/${action}`, action === 'pay' ? {} : { note })
}
