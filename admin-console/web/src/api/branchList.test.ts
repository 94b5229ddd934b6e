import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { useBranchPagedList } from './branchList'
import { useAuthStore } from '../stores/auth'
import type { StaffView } from './types'

type Q = { status: string; note: string; branchId: number | null; page: number; size: number }

function host(fetchPage: (q: Q) => Promise<{ records: unknown[]; total: number; page: number; size: number }>) {
  let list!: ReturnType<typeof useBranchPagedList<unknown, { status: string; note: string }>>
  const Host = defineComponent({
    setup() {
      list = useBranchPagedList<unknown, { status: string; note: string }>(fetchPage, { status: 'OPEN', note: '' }, ['status'])
      return () => h('div')
    },
  })
  const w = mount(Host)
  return { w, list: () => list }
}

describe('useBranchPagedList', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('a librarian of a branch: loads that branch on mount', async () => {
    useAuthStore().staff = { id: 1, role: 'LIBRARIAN', branchId: 3 } as unknown as StaffView
    const fetchPage = vi.fn(async (q: Q) => ({ records: [], total: 0, page: q.page, size: q.size }))
    host(fetchPage)
    await flushPromises()
    expect(fetchPage).toHaveBeenCalledTimes(1)
    expect(fetchPage).toHaveBeenCalledWith({ status: 'OPEN', note: '', branchId: 3, page: 1, size: 20 })
  })

  it('an administrator starts on all branches; the branch or a watched filter goes back to page 1, others wait', async () => {
    useAuthStore().staff = { id: 1, role: 'ADMIN', branchId: null } as unknown as StaffView
    const fetchPage = vi.fn(async (q: Q) => ({ records: [], total: 0, page: q.page, size: q.size }))
    const { list } = host(fetchPage)
    await flushPromises()
    expect(fetchPage.mock.calls[0][0].branchId).toBeNull()
    await list().onPageChange(2)
    list().filter.branchId = 5
    await nextTick()
    await flushPromises()
    expect(fetchPage).toHaveBeenLastCalledWith({ status: 'OPEN', note: '', branchId: 5, page: 1, size: 20 })
    list().filter.status = 'DONE'
    await flushPromises()
    expect(fetchPage).toHaveBeenLastCalledWith({ status: 'DONE', note: '', branchId: 5, page: 1, size: 20 })
    const calls = fetchPage.mock.calls.length
    list().filter.note = 'x'
    await flushPromises()
    expect(fetchPage).toHaveBeenCalledTimes(calls)
  })
})
