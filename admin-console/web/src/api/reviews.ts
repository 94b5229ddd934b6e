// Book reviews: moderation queue and detail.
import { http } from './index'
import type { Query } from './http'
import type { BookReviewDetail, PageResult, ReviewView } from './types'

export const listReviews = (q: Query) => http.get<PageResult<ReviewView>>('/api/admin/reviews', q)

export const getReview = (id: number) => http.get<BookReviewDetail>(`/api/admin/reviews/${id}`)

export const moderateReview = (id: number, action: string, body: unknown) =>
  http.post<BookReviewDetail>(`/api/admin/reviews/${id}/${action}`, body)
