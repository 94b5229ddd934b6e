import { describe, expect, it } from 'vitest'
import { courierProfileError, isMobile, isValidIsbn, minutesOf, reasonError, reasonInputValidator, slotTemplateError, timeRangeError } from './validators'
import { addDays, deadlineText, formatDateTime, hhmm, isoDate, isTypingTarget, libraryDate, noticeMatrix, outsideSlotDays, vehicleLabel } from './format'

describe('ISBN check digits', () => {
  it.each([
    ['9787020002207', true],
    ['978-7-02-000220-7', true],
    ['9787020002208', false],
    ['7020002207', false],
    ['0-306-40615-2', true],
    ['080442957X', true],
    ['12345', false],
    ['', false],
  ])('%s → %s', (isbn, ok) => expect(isValidIsbn(isbn)).toBe(ok))
})

describe('reasons', () => {
  it('requires a real reason', () => {
    expect(reasonError('')).toBe('请填写原因')
    expect(reasonError('   ')).toBe('请填写原因')
    expect(reasonError('破')).toBe('原因至少2个字')
    expect(reasonError('x'.repeat(256))).toBe('原因不能超过255个字')
    expect(reasonError('书已破损')).toBeNull()
    expect(reasonInputValidator('书已破损')).toBe(true)
    expect(reasonInputValidator('')).toBe('请填写原因')
  })

  it('checks mobile numbers', () => {
    expect(isMobile('13900000001')).toBe(true)
    expect(isMobile('1390000000')).toBe(false)
    expect(isMobile('')).toBe(false)
  })
})

describe('formatting', () => {
  it('shows API times as the librarian reads them', () => {
    expect(formatDateTime('2026-05-01T10:03:27.123+08:00')).toBe('2026-05-01 10:03')
    expect(formatDateTime(null)).toBe('—')
  })

  it('says how long a held order still waits on the holding shelf', () => {
    const now = new Date('2026-05-01T10:00:00+08:00')
    expect(deadlineText('2026-05-04T20:00:00+08:00', now)).toBe('剩 3 天')
    expect(deadlineText('2026-05-01T20:00:00+08:00', now)).toBe('剩 10 小时')
    expect(deadlineText('2026-04-30T20:00:00+08:00', now)).toBe('已超期')
  })

  it('does not treat keys typed into fields as shortcuts', () => {
    expect(isTypingTarget(document.createElement('input'))).toBe(true)
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true)
    expect(isTypingTarget(document.createElement('div'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})

describe('delivery forms', () => {
  it('reads times of day', () => {
    expect(minutesOf('09:30')).toBe(570)
    expect(minutesOf('18:00:00')).toBe(1080)
    expect(minutesOf('24:00')).toBeNull()
    expect(minutesOf('9点')).toBeNull()
    expect(minutesOf(null)).toBeNull()
  })

  it('wants a period to end after it starts', () => {
    expect(timeRangeError('10:00', '12:00')).toBeNull()
    expect(timeRangeError('12:00', '12:00')).toBe('结束时间必须晚于开始时间')
    expect(timeRangeError('', '12:00')).toBe('请选择开始时间')
    expect(timeRangeError('18:00', '09:00', ['上班', '下班'])).toBe('下班时间必须晚于上班时间')
  })

  it('checks a courier profile as the API does', () => {
    const ok = { vehicle: 'EBIKE', bagCapacity: 20, shiftStart: '09:00', shiftEnd: '18:00' }
    expect(courierProfileError(ok)).toBeNull()
    expect(courierProfileError({ ...ok, vehicle: 'CAR' })).toBe('请选择交通方式')
    expect(courierProfileError({ ...ok, vehicle: null })).toBe('请选择交通方式')
    expect(courierProfileError({ ...ok, bagCapacity: 0 })).toBe('书包容量至少为1本')
    expect(courierProfileError({ ...ok, bagCapacity: 2.5 })).toBe('书包容量至少为1本')
    expect(courierProfileError({ ...ok, bagCapacity: 101 })).toBe('书包容量不能超过100本')
    expect(courierProfileError({ ...ok, shiftEnd: '08:00' })).toBe('下班时间必须晚于上班时间')
  })

  it('checks a slot template as the API does', () => {
    const ok = { startTime: '10:00', endTime: '12:00', capacity: 20 }
    expect(slotTemplateError(ok)).toBeNull()
    expect(slotTemplateError({ ...ok, capacity: 0 })).toBeNull() // closes the slot without deleting it
    expect(slotTemplateError({ ...ok, capacity: -1 })).toBe('容量不能为负')
    expect(slotTemplateError({ ...ok, capacity: 501 })).toBe('容量不能超过500')
    expect(slotTemplateError({ ...ok, endTime: '09:00' })).toBe('结束时间必须晚于开始时间')
  })

  it('labels delivery values', () => {
    expect(vehicleLabel('WALK')).toBe('步行')
    expect(vehicleLabel('EBIKE')).toBe('电动车')
    expect(vehicleLabel(null)).toBe('—')
    expect(hhmm('10:00:00')).toBe('10:00')
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it("takes today from the library's clock, not the librarian's computer", () => {
    // 16:30 UTC on 24 Nov is already 00:30 on 25 Nov in Changsha
    expect(libraryDate(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25')
    expect(libraryDate(new Date('2026-11-24T15:59:00Z'))).toBe('2026-11-24')
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08')
    expect(outsideSlotDays(new Date(2026, 10, 24), '2026-11-25')).toBe(true)
    expect(outsideSlotDays(new Date(2026, 10, 25), '2026-11-25')).toBe(false)
    expect(outsideSlotDays(new Date(2026, 11, 9), '2026-11-25')).toBe(false)
    expect(outsideSlotDays(new Date(2026, 11, 10), '2026-11-25')).toBe(true)
  })
})

describe('notification stats', () => {
  it('turns the flat counts into a kind × status table with totals', () => {
    const m = noticeMatrix([
      { kind: 'OVERDUE', kindLabel: '已逾期', status: 'SENT', count: 3 },
      { kind: 'ORDER_APPROVED', kindLabel: '审核通过', status: 'SENT', count: 5 },
      { kind: 'ORDER_APPROVED', kindLabel: '审核通过', status: 'FAILED', count: 1 },
    ])
    expect(m.rows.map((r) => r.kind)).toEqual(['ORDER_APPROVED', 'OVERDUE'])
    expect(m.rows[0]).toEqual({ kind: 'ORDER_APPROVED', kindLabel: '审核通过', total: 6, byStatus: { SENT: 5, FAILED: 1 } })
    expect(m.totals).toEqual({ SENT: 8, FAILED: 1 })
    expect(m.total).toBe(9)
    expect(noticeMatrix([])).toEqual({ rows: [], totals: {}, total: 0 })
  })
})
