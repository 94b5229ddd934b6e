import { describe, expect, it } from 'vitest'
import type { SignupView } from '../src/api/types'
import { activeSignupFor, activityTime, canCancel, placesText, sortSignups } from '../src/utils/activities'
import { myReviewOf, reviewProblem, reviewTag, starText } from '../src/utils/reviews'
import { canWithdraw, isbnFromScan, normaliseIsbn, purchaseProblem, suggestionProblem, suggestionTag } from '../src/utils/suggestions'

describe('书评', () => {
  it('draws whole stars within 0..5', () => {
    expect(starText(4)).toBe('★★★★☆')
    expect(starText(3.6)).toBe('★★★★☆')
    expect(starText(0)).toBe('☆☆☆☆☆')
    expect(starText(undefined)).toBe('☆☆☆☆☆')
    expect(starText(7)).toBe('★★★★★')
  })
  it('wants 1 to 5 stars and at most 1000 characters', () => {
    expect(reviewProblem(0, '好书')).toBe('请点星星选择评分')
    expect(reviewProblem(6, '')).toBe('请点星星选择评分')
    expect(reviewProblem(5, 'x'.repeat(1001))).toBe('书评不能超过1000个字')
    expect(reviewProblem(1, '')).toBeNull()
    expect(reviewProblem(5, 'x'.repeat(1000))).toBeNull()
  })
  it('marks a review on hold or hidden for its author and finds the one of a title', () => {
    expect(reviewTag('PENDING')).toBe('pending')
    expect(reviewTag('HIDDEN')).toBe('warn')
    expect(reviewTag('VISIBLE')).toBe('')
    const mine = [{ id: 1, bookId: 7 }, { id: 2, bookId: 9 }] as never[]
    expect(myReviewOf(mine, 9)).toMatchObject({ id: 2 })
    expect(myReviewOf(mine, 8)).toBeUndefined()
  })
})

describe('阅读建议与荐购', () => {
  it('may be withdrawn only while not handled', () => {
    expect(canWithdraw('SUBMITTED')).toBe(true)
    for (const s of ['ACCEPTED', 'REJECTED', 'PURCHASED', 'FULFILLED', 'WITHDRAWN'] as const) expect(canWithdraw(s)).toBe(false)
    expect(suggestionTag('SUBMITTED')).toBe('pending')
    expect(suggestionTag('REJECTED')).toBe('warn')
    expect(suggestionTag('FULFILLED')).toBe('')
  })
  it('checks a suggestion: a category and some text', () => {
    expect(suggestionProblem('', '开放时间长一点')).toBe('请选择建议类别')
    expect(suggestionProblem('SERVICE', '   ')).toBe('请填写建议内容')
    expect(suggestionProblem('OTHER', 'x'.repeat(1001))).toBe('建议内容不能超过1000个字')
    expect(suggestionProblem('COLLECTION', '多买些绘本')).toBeNull()
  })
  it('checks a purchase request: an ISBN, or title and author', () => {
    const empty = { isbn: '', title: '', author: '', reason: '' }
    expect(purchaseProblem(empty)).toBe('请填写 ISBN，或填写书名和作者')
    expect(purchaseProblem({ ...empty, title: '三体' })).toBe('请填写 ISBN，或填写书名和作者')
    expect(purchaseProblem({ ...empty, title: '三体', author: '刘慈欣' })).toBeNull()
    expect(purchaseProblem({ ...empty, isbn: '978-7-5366-9293-0' })).toBeNull()
    expect(purchaseProblem({ ...empty, isbn: '7-5366-9293-X' })).toBeNull()
    expect(purchaseProblem({ ...empty, isbn: '12345' })).toBe('ISBN 应为10位或13位数字')
    expect(purchaseProblem({ ...empty, isbn: '9787536692930', reason: 'x'.repeat(1001) })).toBe('荐购理由不能超过1000个字')
    expect(normaliseIsbn(' 978-7 5366 9293 0 ')).toBe('9787536692930')
  })
  it('takes a scanned EAN-13 as the ISBN only when it is a book’s', () => {
    expect(isbnFromScan('9787536692930')).toBe('9787536692930')
    expect(isbnFromScan('6901234567892')).toBeNull()
  })
})

describe('活动', () => {
  const at = (iso: string) => new Date(iso).toISOString()
  it('shows the time in Shanghai, the end without its day when on the same day', () => {
    expect(activityTime({ startsAt: at('2026-12-09T06:00:00Z'), endsAt: at('2026-12-09T08:00:00Z') })).toBe('12月9日 14:00 – 16:00')
    expect(activityTime({ startsAt: at('2026-12-09T14:00:00Z'), endsAt: at('2026-12-09T17:00:00Z') })).toBe('12月9日 22:00 – 12月10日 01:00')
  })
  it('says how many places are left', () => {
    expect(placesText({ placesLeft: 3, capacity: 20 })).toBe('剩余 3 个名额（共 20 个）')
    expect(placesText({ placesLeft: 0, capacity: 20 })).toBe('名额已满')
  })
  it('cancels before the start only, and lists the coming sign-ups first', () => {
    const now = Date.parse('2026-12-07T00:00:00Z')
    const s = (id: number, activityId: number, status: 'SIGNED_UP' | 'CANCELLED', startsAt: string) =>
      ({ id, activityId, status, activity: { startsAt } }) as SignupView
    const later = s(1, 11, 'SIGNED_UP', '2026-12-20T02:00:00Z')
    const sooner = s(2, 12, 'SIGNED_UP', '2026-12-08T02:00:00Z')
    const past = s(3, 13, 'SIGNED_UP', '2026-12-01T02:00:00Z')
    const cancelled = s(4, 14, 'CANCELLED', '2026-12-10T02:00:00Z')
    expect(canCancel(sooner, now)).toBe(true)
    expect(canCancel(past, now)).toBe(false)
    expect(canCancel(cancelled, now)).toBe(false)
    expect(sortSignups([past, later, cancelled, sooner], now).map((x) => x.id)).toEqual([2, 1, 4, 3])
    expect(activeSignupFor([cancelled, later], 14)).toBeUndefined()
    expect(activeSignupFor([cancelled, later], 11)).toBe(later)
  })
})
