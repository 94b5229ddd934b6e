import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus, { ElMessage, ElMessageBox, ElTableColumn } from 'element-plus'
import ApplicationsReview from './ApplicationsReview.vue'
import type { ApplicationRow } from './applicationsReview'

type Row = { id: number; readerId: number; reader: { name: string } | null; status: string; statusLabel: string;
  reasonLabel: string; createdAt: string; decisionNote: string | null; decidedAt: string | null }

const pending: Row = { id: 5, readerId: 9, reader: { name: '王芳' }, status: 'PENDING', statusLabel: '待审核',
  reasonLabel: '老年读者', createdAt: '2026-12-07T09:00:00', decisionNote: null, decidedAt: null }

function render(rows: Row[] = [pending]) {
  const list = vi.fn(async (q: { status: string; page: number; size: number }) => ({ records: rows, total: rows.length, page: q.page, size: q.size }))
  const decide = vi.fn(async () => undefined)
  const w = mount(ApplicationsReview, {
    props: {
      kind: '送书上门申请',
      statuses: [{ value: 'PENDING', label: '待审核' }, { value: 'APPROVED', label: '已通过' }],
      list, decide,
      approveQuestion: (a: ApplicationRow, who: string) => `通过 ${who} 的送书上门申请（${(a as Row).reasonLabel}）？`,
      approvePlaceholder: '备注（选填）',
      emptyText: '没有送书上门申请',
      testid: 'application',
    },
    slots: { columns: () => h(ElTableColumn, { label: '原因', prop: 'reasonLabel' }) },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  })
  return { w, list, decide }
}

describe('ApplicationsReview', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.restoreAllMocks())

  it('lists the first status, with the tabs and the kind\'s own columns after 所属分馆', async () => {
    const { w, list } = render()
    await flushPromises()
    expect(list).toHaveBeenCalledWith({ status: 'PENDING', page: 1, size: 20 })
    expect(w.find('[data-testid=application-status]').text()).toBe('待审核已通过')
    const headers = w.findAll('[data-testid=application-table] th').map((t) => t.text())
    expect(headers.slice(0, 5)).toEqual(['读者', '所属分馆', '原因', '申请时间', '状态'])
    expect(w.find('[data-testid=application-table] tbody').text()).toContain('老年读者')
    expect(w.find('[data-testid=approve-application]').exists()).toBe(true)
    expect(w.find('[data-testid=reject-application]').exists()).toBe(true)
    w.unmount()
  })

  it('switching the tab lists that status from page 1', async () => {
    const { w, list } = render()
    await flushPromises()
    await w.findAll('[data-testid=application-status] input')[1].setValue(true)
    await flushPromises()
    expect(list).toHaveBeenLastCalledWith({ status: 'APPROVED', page: 1, size: 20 })
    w.unmount()
  })

  it('通过: asks the kind\'s question, sends the trimmed note, says so, tells the parent and reloads', async () => {
    const prompt = vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: ' 可以 ', action: 'confirm' } as never)
    const success = vi.spyOn(ElMessage, 'success').mockReturnValue(undefined as never)
    const { w, list, decide } = render()
    await flushPromises()
    await w.find('[data-testid=approve-application]').trigger('click')
    await flushPromises()
    expect(prompt.mock.calls[0][0]).toBe('通过 王芳 的送书上门申请（老年读者）？')
    expect(prompt.mock.calls[0][2]).toMatchObject({ inputPlaceholder: '备注（选填）', confirmButtonText: '通过' })
    expect(decide).toHaveBeenCalledWith(5, true, '可以')
    expect(success).toHaveBeenCalledWith('已通过 王芳 的送书上门申请')
    expect(w.emitted('decided')).toHaveLength(1)
    expect(list).toHaveBeenCalledTimes(2)
    w.unmount()
  })

  it('驳回: asks for a reason and sends it', async () => {
    const prompt = vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: '地址超出范围', action: 'confirm' } as never)
    const success = vi.spyOn(ElMessage, 'success').mockReturnValue(undefined as never)
    const { w, decide } = render()
    await flushPromises()
    await w.find('[data-testid=reject-application]').trigger('click')
    await flushPromises()
    expect(prompt.mock.calls[0][0]).toBe('驳回 王芳 的送书上门申请。')
    expect(decide).toHaveBeenCalledWith(5, false, '地址超出范围')
    expect(success).toHaveBeenCalledWith('已驳回 王芳 的送书上门申请')
    w.unmount()
  })

  it('cancelled prompt: nothing is sent', async () => {
    vi.spyOn(ElMessageBox, 'prompt').mockRejectedValue('cancel')
    const { w, decide } = render()
    await flushPromises()
    await w.find('[data-testid=reject-application]').trigger('click')
    await flushPromises()
    expect(decide).not.toHaveBeenCalled()
    expect(w.emitted('decided')).toBeUndefined()
    w.unmount()
  })
})
