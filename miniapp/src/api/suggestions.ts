import { newIdempotencyKey, request } from './http'
import type { Page, PurchaseRequest, SuggestionRequest, SuggestionType, SuggestionView } from './types'

export const mySuggestions = (type?: SuggestionType, page = 1) =>
  request<Page<SuggestionView>>('/api/app/suggestions', { query: { type, page, size: 50 } })

export const suggestion = (id: number) => request<SuggestionView>(`/api/app/suggestions/${id}`)

export const suggest = (body: SuggestionRequest, idempotencyKey: string) =>
  request<SuggestionView>('/api/app/suggestions', { method: 'POST', data: body, idempotencyKey })

/** Blank fields are left out by the backend; without branchId the reader's home branch buys it. */
export const requestPurchase = (body: Omit<PurchaseRequest, 'branchId'> & Partial<Pick<PurchaseRequest, 'branchId'>>, idempotencyKey: string) =>
  request<SuggestionView>('/api/app/purchase-requests', { method: 'POST', data: body, idempotencyKey })

export const withdrawSuggestion = (id: number) =>
  request<SuggestionView>(`/api/app/suggestions/${id}/withdraw`, { method: 'POST', idempotencyKey: newIdempotencyKey() })
