import { request } from './http'
import type { CartView, ReservationView } from './types'

export const cart = () => request<CartView>('/api/app/cart')

/** silent: the caller shows the error itself (the book page offers 预约 when the last copy is gone). */
export const addToCart = (bookId: number, branchId: number, silent = false) =>
  request<CartView>('/api/app/cart/items', { method: 'POST', data: { bookId, branchId }, silent })

export const removeFromCart = (itemId: number) => request<CartView>(`/api/app/cart/items/${itemId}`, { method: 'DELETE' })

export const reserve = (bookId: number, branchId: number) =>
  request<ReservationView>('/api/app/reservations', { method: 'POST', data: { bookId, branchId } })
