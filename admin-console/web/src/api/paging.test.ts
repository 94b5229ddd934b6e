import { describe, expect, it, vi } from 'vitest'
import { clampSize, lastValidPage, usePagedList } from './paging'

describe('paging helpers', () => {
  it('keeps the page size within what the API accepts', () => {
    expect(clampSize(20)).toBe(20)
    expect(clampSize(500)).toBe(100)
    expect(clampSize(0)).toBe(20)
    expect(clampSize(Number.NaN)).toBe(20)
  })

  it('steps back to the last page that has rows', () => {
    expect(lastValidPage(3, 40, 20)).toBe(2)
    expect(lastValidPage(2, 41, 20)).toBe(2)
    expect(lastValidPage(5, 0, 20)).toBe(1)
    expect(lastValidPage(0, 10, 20)).toBe(1)
  })
})

describe('usePagedList', () => {
  it('sends filters with page and size and keeps records and total', async () => {
    const fetchPage = vi.fn(async (q: { status: string; page: number; size: number }) => ({
      records: [{ id: q.page }], total: 45, page: q.page, size: q.size,
    }))
    const list = usePagedList(fetchPage, { status: 'SUBMITTED' }, 20)
    await list.load()
    expect(fetchPage).toHaveBeenLastCalledWith({ status: 'SUBMITTED', page: 1, size: 20 })
    expect(list.total.value).toBe(45)
    await list.onPageChange(3)
    expect(fetchPage).toHaveBeenLastCalledWith({ status: 'SUBMITTED', page: 3, size: 20 })
    list.filter.status = 'APPROVED'
    await list.search()
    expect(fetchPage).toHaveBeenLastCalledWith({ status: 'APPROVED', page: 1, size: 20 })
    await list.onPageChange(2)
    await list.onSizeChange(50)
    expect(fetchPage).toHaveBeenLastCalledWith({ status: 'APPROVED', page: 1, size: 50 })
  })

  it('steps back a page when the current one became empty (last order on the last page handled)', async () => {
    const fetchPage = vi.fn(async (q: { page: number; size: number }) =>
      q.page === 3 ? { records: [], total: 40, page: 3, size: 20 } : { records: [{ id: 1 }], total: 40, page: q.page, size: 20 })
    const list = usePagedList(fetchPage, {}, 20)
    await list.onPageChange(3)
    expect(list.page.value).toBe(2)
    expect(list.records.value).toEqual([{ id: 1 }])
  })

  it('ignores an answer that arrives after a newer request', async () => {
    let release: (v: unknown) => void = () => {}
    const slow = new Promise((r) => (release = r))
    const fetchPage = vi.fn(async (q: { q: string; page: number; size: number }) => {
      if (q.q === 'old') await slow
      return { records: [{ q: q.q }], total: 1, page: 1, size: 20 }
    })
    const list = usePagedList(fetchPage, { q: 'old' })
    const first = list.load()
    list.filter.q = 'new'
    await list.search()
    release(null)
    await first
    expect(list.records.value).toEqual([{ q: 'new' }])
    expect(list.loading.value).toBe(false)
  })
})
