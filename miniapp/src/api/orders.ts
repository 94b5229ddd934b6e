import { request } from './http'
import type { OrderDetail, OrderStatus, OrderSummary, Page, SubmitRequest } from './types'

/** Submits the order with the caller's Idempotency-Key: a retry after a lost answer returns the same order. */
export const submitOrder = (body: SubmitRequest, idempotencyKey: string) =>
  request<OrderDetail>('/api/app/orders', { method: 'POST', data: body, idempotencyKey })

export const myOrders = (status?: OrderStatus, page = 1) =>
  request<Page<OrderSummary>>('/api/app/orders', { query: { status, page, size: 20 } })

export const order = (id: number) => request<OrderDetail>(`/api/app/orders/${id}`)

export const cancelOrder = (id: number, idempotencyKey: string) =>
  request<OrderDetail>(`/api/app/orders/${id}/cancel`, { method: 'POST', idempotencyKey })
