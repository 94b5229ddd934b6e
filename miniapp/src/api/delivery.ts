// 送书上门 and 上门取还 of the reader API, the reader's settings (短信, 手机号) and 退出登录.
import { request } from './http'
import type { AddressRequest, AddressView, PickupRequest, PickupView, SmsPreference } from './types'

/** New (id null) or changed address; silent: the page shows the refusal (e.g. out of the delivery range) in place. */
export const saveAddress = (id: number | null, body: AddressRequest) =>
  id
    ? request<AddressView>(`/api/app/addresses/${id}`, { method: 'PUT', data: body, silent: true })
    : request<AddressView>('/api/app/addresses', { method: 'POST', data: body, silent: true })

export const makeDefaultAddress = (id: number) => request<AddressView>(`/api/app/addresses/${id}/default`, { method: 'POST' })

export const returnPickups = () => request<PickupView[]>('/api/app/return-pickups')

export const requestPickup = (body: PickupRequest, idempotencyKey: string) =>
  request<PickupView>('/api/app/return-pickups', { method: 'POST', data: body, idempotencyKey })

export const cancelPickup = (id: number, idempotencyKey: string) =>
  request<PickupView>(`/api/app/return-pickups/${id}/cancel`, { method: 'POST', idempotencyKey })

export const smsPreference = () => request<SmsPreference>('/api/app/me/sms', { silent: true })

export const setSms = (enabled: boolean) => request<SmsPreference>('/api/app/me/sms', { method: 'PUT', data: { enabled } })

/** WeChat's getPhoneNumber code, exchanged by the backend for the reader's number. */
export const bindPhone = (code: string, idempotencyKey: string) =>
  request<unknown>('/api/app/me/phone', { method: 'POST', data: { code }, idempotencyKey })

export const logout = () => request<unknown>('/api/app/auth/logout', { method: 'POST', silent: true })
