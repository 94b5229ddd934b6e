import { describe, expect, it } from 'vitest'
import { fenToYuan, scanBatches, yuanToFen } from './lossStock'

describe('yuanToFen', () => {
  it('converts 元 to 分 without float errors', () => {
    expect(yuanToFen('12')).toBe(1200)
    expect(yuanToFen('12.5')).toBe(1250)
    expect(yuanToFen('0.29')).toBe(29)
    expect(yuanToFen('19.99')).toBe(1999)
    expect(yuanToFen(' 3. ')).toBe(300)
    expect(yuanToFen(0)).toBe(0)
  })
  it('empty means the title price (null)', () => {
    expect(yuanToFen('')).toBeNull()
    expect(yuanToFen('  ')).toBeNull()
    expect(yuanToFen(null)).toBeNull()
  })
  it('rejects invalid input', () => {
    expect(yuanToFen('-1')).toBeUndefined()
    expect(yuanToFen('1.234')).toBeUndefined()
    expect(yuanToFen('abc')).toBeUndefined()
  })
  it('formats fen back', () => {
    expect(fenToYuan(1250)).toBe('12.50')
    expect(fenToYuan(null)).toBe('—')
  })
})

describe('scanBatches', () => {
  it('dedupes, trims and splits into batches', () => {
    expect(scanBatches([' A1 ', 'A2', 'A1', '', 'A3'], 2)).toEqual([['A1', 'A2'], ['A3']])
    expect(scanBatches([])).toEqual([])
    const many = Array.from({ length: 1201 }, (_, i) => `B${i}`)
    expect(scanBatches(many).map((b) => b.length)).toEqual([500, 500, 201])
  })
})
