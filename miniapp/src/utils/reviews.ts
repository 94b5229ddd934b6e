import type { ReviewStatus, ReviewView } from '../api/types'

export const MAX_REVIEW_LENGTH = 1000

/** "★★★★☆" for an average or a rating, rounded to whole stars and kept within 0..5. */
export function starText(n?: number | null): string {
  const full = Math.min(5, Math.max(0, Math.round(n ?? 0)))
  return '★'.repeat(full) + '☆'.repeat(5 - full)
}

/** What is wrong with a review before it is sent, in the reader's words; null when it may go. */
export function reviewProblem(rating: number, content: string): string | null {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return '请点星星选择评分'
  if (content.trim().length > MAX_REVIEW_LENGTH) return `书评不能超过${MAX_REVIEW_LENGTH}个字`
  return null
}

/** The tag class of a review's status for its author: on hold or hidden stands out, shown needs no tag. */
export function reviewTag(status?: ReviewStatus): '' | 'pending' | 'warn' {
  if (status === 'PENDING') return 'pending'
  if (status === 'HIDDEN') return 'warn'
  return ''
}

/** The reader's own review of one title among theirs (one per title), if any. */
export function myReviewOf(mine: ReviewView[], bookId: number): ReviewView | undefined {
  return mine.find((r) => r.bookId === bookId)
}

/** The words under the stars while the reader chooses. */
export const RATING_WORDS = ['请点星星评分', '很差', '较差', '还行', '推荐', '力荐']
