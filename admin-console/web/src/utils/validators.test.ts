import { describe, expect, it } from 'vitest'
import { isMobile, isValidIsbn, reasonError, reasonInputValidator } from './validators'
import { deadlineText, formatDateTime, isTypingTarget } from './format'

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
