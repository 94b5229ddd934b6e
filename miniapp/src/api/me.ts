import { request } from './http'
import type { AddressRequest, AddressView, ECard, LoanView, Page, ReaderView, ReservationView, SlotView, TemplateConsent } from './types'

export const me = () => request<ReaderView>('/api/app/me')

export const loans = (status?: string) => request<Page<LoanView>>('/api/app/loans', { query: { status, size: 50 } })

export const renewLoan = (id: number) => request<LoanView>(`/api/app/loans/${id}/renew`, { method: 'POST' })

export const reservations = () => request<ReservationView[]>('/api/app/reservations')

export const cancelReservation = (id: number) =>
  request<ReservationView>(`/api/app/reservations/${id}/cancel`, { method: 'POST' })

export const addresses = () => request<AddressView[]>('/api/app/addresses')

export const addAddress = (body: AddressRequest) => request<AddressView>('/api/app/addresses', { method: 'POST', data: body })

export const deleteAddress = (id: number) => request<void>(`/api/app/addresses/${id}`, { method: 'DELETE' })

export const deliverySlots = (branchId: number, date: string) =>
  request<SlotView[]>('/api/app/delivery-slots', { query: { branchId, date } })

export const subscriptionTemplates = () => request<TemplateConsent[]>('/api/app/subscriptions', { silent: true })

export const acceptSubscriptions = (templateIds: string[]) =>
  request<TemplateConsent[]>('/api/app/subscriptions', { method: 'POST', data: { templateIds }, silent: true })

export const ecard = () => request<ECard>('/api/app/me/ecard')
