import { describe, expect, it } from 'vitest'
import { cleanScan, returnTone } from './scanner'
import type { DeskReturn } from '../api/desk'

const base: DeskReturn = {
  barcode: 'T1', loanId: 1, bookId: 1, title: '活着', readerName: '李**', readerPhone: null, dueDate: '2026-12-01',
  overdueDays: 0, returnedAt: null, alreadyReturned: false, action: 'SHELVE', actionLabel: '归还上架', instruction: '归还上架',
  keptForReader: null, shelfSlot: null, keptForOrderNo: null,
}

describe('scanner', () => {
  it('strips what a scanner adds around the code', () => {
    expect(cleanScan(' T100023\r\n')).toBe('T100023')
    expect(cleanScan('\tTS1.5.1700000000.abcdef0123456789 ')).toBe('TS1.5.1700000000.abcdef0123456789')
  })

  it('asks for a look when the book is kept for a reader or was scanned before', () => {
    expect(returnTone(base)).toBe('ok')
    expect(returnTone({ ...base, action: 'HOLDING_SHELF', shelfSlot: 'A-03' })).toBe('attention')
    expect(returnTone({ ...base, alreadyReturned: true })).toBe('attention')
  })
})

describe('maskName', () => {
  it('keeps the surname only', async () => {
    const { maskName } = await import('./format')
    expect(maskName('王小明')).toBe('王**')
    expect(maskName('李')).toBe('李*')
    expect(maskName(null)).toBe('读者')
  })
})

describe('createScanQueue', () => {
  it('handles scans one at a time in the order they came, even when one fails', async () => {
    const { createScanQueue } = await import('./scanner')
    const seen: string[] = []
    let running = 0
    const queue = createScanQueue(async (text) => {
      running += 1
      expect(running).toBe(1)
      await new Promise((r) => setTimeout(r, text === 'slow' ? 20 : 1))
      seen.push(text)
      running -= 1
      if (text === 'bad') throw new Error('boom')
    })
    queue.push('slow')
    queue.push('bad')
    await queue.push('fast')
    expect(seen).toEqual(['slow', 'bad', 'fast'])
    expect(queue.waiting).toBe(0)
  })
})
