import { newIdempotencyKey, request } from './http'
import type { Page, ReviewRequest, ReviewView } from './types'

/** The backend refuses a reader who never borrowed the title; silent: the page shows that msg itself. */
export const writeReview = (bookId: number, body: ReviewRequest, silent = false) =>
  request<ReviewView>(`/api/app/books/${bookId}/reviews`, { method: 'POST', data: body, silent, idempotencyKey: newIdempotencyKey() })

export const editReview = (id: number, body: ReviewRequest, silent = false) =>
  request<ReviewView>(`/api/app/reviews/${id}`, { method: 'PUT', data: body, silent, idempotencyKey: newIdempotencyKey() })

/** My reviews, hidden and pending ones included (a reader writes a few dozen at most: the first 100 are all). */
export const myReviews = (page = 1, silent = false) =>
  request<Page<ReviewView>>('/api/app/me/reviews', { query: { page, size: 100 }, silent })
