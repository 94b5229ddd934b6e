import { describe, expect, it } from 'vitest'
import { countdownWords, qrMatrix, refreshDelay } from '../src/utils/ecard'

describe('电子借书证', () => {
  it('draws a square QR matrix with the three finder patterns', () => {
    const m = qrMatrix('TSC1.42.1765000000.abcdef0123456789')
    const n = m.length
    expect(n).toBeGreaterThanOrEqual(21)
    expect(m.every((row) => row.length === n)).toBe(true)
    // finder patterns: dark outer ring corners at top-left, top-right and bottom-left, light separator next to them
    for (const [r, c] of [[0, 0], [0, n - 7], [n - 7, 0]]) {
      expect(m[r][c]).toBe(true)
      expect(m[r + 6][c + 6]).toBe(true)
      expect(m[r + 3][c + 3]).toBe(true)
      expect(m[r + 1][c + 1]).toBe(false)
    }
    expect(qrMatrix('another code')).not.toEqual(m)
  })

  it('counts down in words and refreshes ten seconds before expiry', () => {
    const now = Date.parse('2026-12-07T10:00:00Z')
    expect(countdownWords('2026-12-07T10:01:05Z', now)).toBe('1分05秒后自动更新')
    expect(countdownWords('2026-12-07T10:00:42Z', now)).toBe('42秒后自动更新')
    expect(countdownWords('2026-12-07T09:59:00Z', now)).toBe('正在更新…')
    expect(refreshDelay('2026-12-07T10:02:00Z', now)).toBe(110_000)
    expect(refreshDelay('2026-12-07T10:00:05Z', now)).toBe(1000)
  })
})
