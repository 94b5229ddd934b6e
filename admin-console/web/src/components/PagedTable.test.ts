import { describe, expect, it, vi } from 'vitest'
import { h, ref, shallowRef } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElTableColumn } from 'element-plus'
import PagedTable from './PagedTable.vue'
import type { PagedList } from '../api/paging'

function fakeList(rows: { id: number; name: string }[], total: number): PagedList<{ id: number; name: string }> {
  return {
    records: shallowRef(rows), total: ref(total), page: ref(1), size: ref(20), loading: ref(false),
    onPageChange: vi.fn(async () => {}), onSizeChange: vi.fn(async () => {}),
  }
}

function render(list: PagedList<{ id: number; name: string }>, props: Record<string, unknown> = {}) {
  return mount(PagedTable, {
    props: { list, emptyText: '没有读者', 'data-testid': 'reader-table', ...props },
    slots: { default: () => h(ElTableColumn, { prop: 'name', label: '姓名' }) },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  })
}

describe('PagedTable', () => {
  it('gives the table its attributes and shows the total with page sizes', () => {
    const w = render(fakeList([{ id: 1, name: '王芳' }], 45))
    expect(w.find('[data-testid=reader-table]').classes()).toContain('el-table')
    expect(w.find('.pager .el-pagination__total').text()).toContain('45')
    expect(w.find('.pager .el-pagination__sizes').exists()).toBe(true)
    w.unmount()
  })

  it('shows the empty text when the page has no rows', () => {
    const w = render(fakeList([], 0))
    expect(w.find('.el-table__empty-text').text()).toBe('没有读者')
    w.unmount()
  })

  it('turns the page through the list', async () => {
    const list = fakeList([{ id: 1, name: '王芳' }], 45)
    const w = render(list)
    await w.find('.pager .btn-next').trigger('click')
    expect(list.onPageChange).toHaveBeenCalledWith(2)
    w.unmount()
  })

  it('has a compact pager without page sizes for drawers', () => {
    const w = render(fakeList([{ id: 1, name: '王芳' }], 45), { compact: true })
    expect(w.find('.pager .el-pagination__sizes').exists()).toBe(false)
    w.unmount()
  })
})
