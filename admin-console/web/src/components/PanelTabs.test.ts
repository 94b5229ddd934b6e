import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import PanelTabs from './PanelTabs.vue'

function panel(text: string, reload?: () => void) {
  const created = vi.fn()
  const c = defineComponent({
    setup(_, { expose }) {
      created()
      if (reload) expose({ reload })
      return () => h('p', { class: 'panel' }, text)
    },
  })
  return { c, created }
}

describe('PanelTabs', () => {
  it('shows the first panel, creates the others when opened, and reloads a panel switched back to', async () => {
    const reloadA = vi.fn()
    const a = panel('逾期图书列表', reloadA)
    const b = panel('赔偿列表')
    const w = mount(PanelTabs, {
      props: { panes: [{ name: 'a', label: '逾期图书', panel: a.c }, { name: 'b', label: '赔偿', panel: b.c }] },
      global: { plugins: [ElementPlus] },
      attachTo: document.body,
    })
    await flushPromises()
    expect(w.findAll('.el-tabs__item').map((t) => t.text())).toEqual(['逾期图书', '赔偿'])
    expect(a.created).toHaveBeenCalledOnce()
    expect(b.created).not.toHaveBeenCalled()

    await w.findAll('.el-tabs__item')[1].trigger('click')
    await flushPromises()
    expect(b.created).toHaveBeenCalledOnce()
    expect(reloadA).not.toHaveBeenCalled()

    await w.findAll('.el-tabs__item')[0].trigger('click')
    await flushPromises()
    expect(reloadA).toHaveBeenCalledOnce()
    expect(a.created).toHaveBeenCalledOnce()
    w.unmount()
  })
})
