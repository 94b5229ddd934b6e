import { request } from './http'
import type { CartView, ReservationView } from './types'

export const cart = () => request<CartView>('/api/app/cart')

export const addToCart = (bookId: number, branchId: number) =>
  request<CartView>('/api/app/cart/items', { method: 'POST', data: { bookId, branchId } })

export const removeFromCart = (itemId: number) => request<CartView>(`/api/app/cart/items/${itemId}`, { method: 'DELETE' })

export const reserve = (bookId: number, branchId: number) =>
  request<ReservationView>('/api/app/reservations', { method: 'POST', data: { bookId, branchId } })
