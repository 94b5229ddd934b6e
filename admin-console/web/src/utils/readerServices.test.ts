import { describe, expect, it } from 'vitest'
import {
  activityFormError, actorLabel, fillSeries, newsFormError, periodLabel, periodStart, purchasedIsbnError, signupRatio, statsRangeError,
  suggestionSubject,
} from './readerServices'

const zero = (period: string) => ({ period, loans: 0 })

describe('statistics series', () => {
  it('buckets a day into its week (from Monday) and month as the API does', () => {
    expect(periodStart('2026-05-06', 'WEEK')).toBe('2026-05-04') // Wednesday → Monday
    expect(periodStart('2026-05-04', 'WEEK')).toBe('2026-05-04')
    expect(periodStart('2026-05-10', 'WEEK')).toBe('2026-05-04') // Sunday belongs to the week before
    expect(periodStart('2026-03-01', 'WEEK')).toBe('2026-02-23')
    expect(periodStart('2026-05-31', 'MONTH')).toBe('2026-05-01')
    expect(periodStart('2026-05-31', 'DAY')).toBe('2026-05-31')
  })

  it('fills every day of the range, keeping the API points', () => {
    const out = fillSeries([{ period: '2026-05-02', loans: 3 }], '2026-05-01', '2026-05-04', 'DAY', zero)
    expect(out).toEqual([zero('2026-05-01'), { period: '2026-05-02', loans: 3 }, zero('2026-05-03'), zero('2026-05-04')])
  })

  it('fills weeks and months across a year end', () => {
    expect(fillSeries([], '2026-05-06', '2026-05-20', 'WEEK', zero).map((p) => p.period))
      .toEqual(['2026-05-04', '2026-05-11', '2026-05-18'])
    expect(fillSeries([{ period: '2027-01-01', loans: 7 }], '2026-11-15', '2027-01-10', 'MONTH', zero))
      .toEqual([zero('2026-11-01'), zero('2026-12-01'), { period: '2027-01-01', loans: 7 }])
  })

  it('labels periods for the axis', () => {
    expect(periodLabel('2026-05-04', 'DAY')).toBe('05-04')
    expect(periodLabel('2026-05-04', 'WEEK')).toBe('05-04周')
    expect(periodLabel('2026-05-01', 'MONTH')).toBe('2026-05')
  })

  it('checks the date range like the API (at most 400 days)', () => {
    expect(statsRangeError(null, '2026-05-01')).toBe('请选择日期范围')
    expect(statsRangeError('2026-05-02', '2026-05-01')).toBe('结束日期不能早于开始日期')
    expect(statsRangeError('2025-01-01', '2026-02-05')).toBe('日期范围最多400天') // 400 days apart is one too many
    expect(statsRangeError('2025-01-01', '2026-02-04')).toBeNull()
    expect(statsRangeError('2026-05-01', '2026-05-01')).toBeNull()
  })
})

describe('news and activity forms', () => {
  it('needs a title and body, and an http(s) cover if any', () => {
    expect(newsFormError({ title: ' ', coverUrl: '', bodyHtml: '<p>x</p>' })).toBe('请填写标题')
    expect(newsFormError({ title: '好书', coverUrl: 'ftp://x/a.png', bodyHtml: '<p>x</p>' })).toBe('封面地址应以 http:// 或 https:// 开头')
    expect(newsFormError({ title: '好书', coverUrl: '', bodyHtml: '  ' })).toBe('请填写正文')
    expect(newsFormError({ title: '好书', coverUrl: 'https://img.example/a.png', bodyHtml: '<p>x</p>' })).toBeNull()
  })

  const ok = { branchId: 1, title: '亲子共读', place: '一楼绘本区', startsAt: '2026-06-01T10:00:00', endsAt: '2026-06-01T11:30:00', capacity: 20 }
  it('checks an activity: branch, names, end after start, capacity 1..10000 and not under the sign-ups', () => {
    expect(activityFormError(ok)).toBeNull()
    expect(activityFormError({ ...ok, branchId: null })).toBe('请选择分馆')
    expect(activityFormError({ ...ok, place: '' })).toBe('请填写活动地点')
    expect(activityFormError({ ...ok, endsAt: '2026-06-01T10:00:00' })).toBe('结束时间必须晚于开始时间')
    expect(activityFormError({ ...ok, capacity: 0 })).toBe('名额应为1到10000')
    expect(activityFormError({ ...ok, capacity: 10_001 })).toBe('名额应为1到10000')
    expect(activityFormError({ ...ok, capacity: 5 }, 8)).toBe('名额不能少于已报名的 8 人')
  })

  it('shows sign-ups against capacity', () => {
    expect(signupRatio(5, 20)).toEqual({ text: '5 / 20', percent: 25, full: false })
    expect(signupRatio(10, 10)).toEqual({ text: '10 / 10', percent: 100, full: true })
  })
})

describe('suggestions', () => {
  it('asks for an ISBN only when the purchase request has none', () => {
    expect(purchasedIsbnError('9787020002207', '')).toBeNull()
    expect(purchasedIsbnError(null, '')).toBe('这条荐购只填了书名，请补填所购图书的 ISBN')
    expect(purchasedIsbnError(null, '9787020002208')).toBe('ISBN 不正确（校验位不符）')
    expect(purchasedIsbnError(null, '978-7-02-000220-7')).toBeNull()
  })

  it('describes what was asked for', () => {
    expect(suggestionSubject({ type: 'SUGGESTION', content: '周末多开放', title: null, author: null, isbn: null })).toBe('周末多开放')
    expect(suggestionSubject({ type: 'PURCHASE', content: null, title: '三体', author: '刘慈欣', isbn: null })).toBe('《三体》 刘慈欣')
    expect(suggestionSubject({ type: 'PURCHASE', content: null, title: null, author: null, isbn: '9787020002207' }))
      .toBe('ISBN 9787020002207')
  })
})

describe('timelines', () => {
  it('names who acted in Chinese', () => {
    expect(actorLabel('READER')).toBe('读者')
    expect(actorLabel('LIBRARIAN')).toBe('馆员')
    expect(actorLabel('SYSTEM')).toBe('系统')
    expect(actorLabel(null)).toBe('')
  })
})
