// 用户升级 (诚信通 and 送书上门 applications) and 个人资料 (nickname, home branch, avatar).
import { download, newIdempotencyKey, request, upload } from './http'
import type { CardApplicationView, DeliveryApplicationView, ReaderView } from './types'

export type DeliveryReason = 'ELDERLY' | 'DISABLED' | 'BUSY'

export const cardApplications = () => request<CardApplicationView[]>('/api/app/card-applications')

export const applyForTrust = (reason: string) =>
  request<CardApplicationView>('/api/app/card-applications', {
    method: 'POST', data: { reason }, idempotencyKey: newIdempotencyKey(),
  })

export const withdrawCardApplication = (id: number) =>
  request<CardApplicationView>(`/api/app/card-applications/${id}/withdraw`, { method: 'POST' })

export const deliveryApplications = () => request<DeliveryApplicationView[]>('/api/app/delivery/applications')

export const applyForDelivery = (reason: DeliveryReason, note: string) =>
  request<DeliveryApplicationView>('/api/app/delivery/applications', {
    method: 'POST', data: { reason, note: note.trim() || undefined }, idempotencyKey: newIdempotencyKey(),
  })

export const updateProfile = (body: { name?: string; homeBranchId?: number }) =>
  request<ReaderView>('/api/app/me', { method: 'PUT', data: body })

export const uploadAvatar = (filePath: string) => upload<ReaderView>('/api/app/me/avatar', filePath)

/** The avatar as a local path for <image>; its URL carries the version, so a new picture is a new download. */
export const avatarImage = (avatarUrl: string) => download(avatarUrl)
