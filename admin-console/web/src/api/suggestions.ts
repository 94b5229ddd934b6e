// Readers' suggestions (reply, handle) and purchase requests grouped by ISBN.
import { http } from './index'
import type { Query } from './http'
import type { PageResult, PurchaseGroup, SuggestionView } from './types'

export const listSuggestions = (q: Query) => http.get<PageResult<SuggestionView>>('/api/admin/suggestions', q)

export const getSuggestion = (id: number) => http.get<SuggestionView>(`/api/admin/suggestions/${id}`)

export const actOnSuggestion = (id: number, action: string, body: unknown) =>
  http.post<SuggestionView>(`/api/admin/suggestions/${id}/${action}`, body)

export const listPurchaseGroups = (q: Query) => http.get<PageResult<PurchaseGroup>>('/api/admin/purchase-requests/groups', q)

export const markPurchased = (isbn: string, body: unknown) =>
  http.post<{ purchased: number }>(`/api/admin/purchase-requests/groups/${encodeURIComponent(isbn)}/purchased`, body)
