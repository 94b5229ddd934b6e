// Reservations (queue per title) and return pickups waiting to be checked in at the branch.
import { http } from './index'
import type { Query } from './http'
import type { PageResult, PickupView, ReservationView } from './types'

export const listReservations = (q: Query) => http.get<PageResult<ReservationView>>('/api/admin/reservations', q)

export const cancelReservation = (id: number, reason: string) =>
  http.post<unknown>(`/api/admin/reservations/${id}/cancel`, { reason })

export const listReturnPickups = (q: Query) => http.get<PageResult<PickupView>>('/api/admin/return-pickups', q)

export const checkInReturnPickup = (id: number) => http.post<unknown>(`/api/admin/return-pickups/${id}/check-in`)
