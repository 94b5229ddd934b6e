import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import BranchSelect from './BranchSelect.vue'
import { useAuthStore } from '../stores/auth'
import { useRefsStore } from '../stores/refs'
import type { BranchView, StaffView } from '../api/types'

function signedIn(role: 'ADMIN' | 'LIBRARIAN', branchId: number | null) {
  useAuthStore().staff = { id: 1, name: '张三', role, branchId } as unknown as StaffView
}

function render(props: Record<string, unknown> = {}) {
  return mount(BranchSelect, { props: { modelValue: null, ...props }, global: { plugins: [ElementPlus] }, attachTo: document.body })
}

describe('BranchSelect', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useRefsStore().branches = [{ id: 1, name: '中心馆' }, { id: 2, name: '东城分馆' }] as unknown as BranchView[]
  })

  it('as a filter: 全部分馆, clearable, 180 px, free for an administrator', () => {
    signedIn('ADMIN', null)
    const w = render({ 'data-testid': 'overdue-branch' })
    const select = w.find('[data-testid=overdue-branch]')
    expect(select.classes()).toContain('el-select')
    expect(select.attributes('style')).toContain('width: 180px')
    expect(w.find('.el-select__placeholder').text()).toBe('全部分馆')
    expect(w.find('.is-disabled').exists()).toBe(false)
    w.unmount()
  })

  it('fixed for a librarian bound to a branch, showing that branch', async () => {
    signedIn('LIBRARIAN', 2)
    const w = render({ modelValue: 2 })
    await flushPromises()
    expect(w.find('.el-select__wrapper.is-disabled').exists()).toBe(true)
    expect(w.find('.el-select__selection').text()).toBe('东城分馆')
    w.unmount()
  })

  it('disabled, placeholder and width as a form asks; an empty width leaves the select its own', () => {
    signedIn('LIBRARIAN', 2)
    const w = render({ disabled: false, placeholder: '管理员可不选', width: '' })
    expect(w.find('.el-select__wrapper.is-disabled').exists()).toBe(false)
    expect(w.find('.el-select__placeholder').text()).toBe('管理员可不选')
    expect(w.find('.el-select').attributes('style')).toBeUndefined()
    w.unmount()
  })

  it('lists every branch and reports the one picked', async () => {
    signedIn('ADMIN', null)
    const w = render({ teleported: false })
    const options = w.findAll('.el-select-dropdown__item')
    expect(options.map((o) => o.text())).toEqual(['中心馆', '东城分馆'])
    await options[1].trigger('click')
    expect(w.emitted('update:modelValue')?.[0]).toEqual([2])
    w.unmount()
  })
})
