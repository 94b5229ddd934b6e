// The order review queue (GET /api/admin/orders, approve / reject) and the holding shelf of orders awaiting pickup.
import { http } from './index'
import type { Query } from './http'
import type { OrderReviewDetail, OrderSummary, PageResult } from './types'

export const listOrders = (q: Query) => http.get<PageResult<OrderSummary>>('/api/admin/orders', q)

export const getOrder = (id: number) => http.get<OrderReviewDetail>(`/api/admin/orders/${id}`)

/** Approve all held lines, or (partial) all but the rejected lines, with the reason the reader sees. */
export function approveOrder(id: number, partial?: { rejectLineIds: number[]; reason: string }) {
  return http.post<unknown>(`/api/admin/orders/${id}/approve`, partial ?? {})
}

export const rejectOrder = (id: number, reason: string) => http.post<unknown>(`/api/admin/orders/${id}/reject`, { reason })

export const listHoldingShelf = (q: Query) => http.get<PageResult<OrderSummary>>('/api/admin/holding-shelf', q)
