import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ScanField from './ScanField.vue'

describe('ScanField', () => {
  it('emits each scan cleaned and empties the field for the next one', async () => {
    const w = mount(ScanField, { props: { id: 'return-scan', label: '扫码还书', placeholder: '扫描条码', 'data-testid': 'return-scan' },
      attachTo: document.body })
    const input = w.find('[data-testid=return-scan]')
    expect(input.element.tagName).toBe('INPUT')
    expect(w.find('label').text()).toBe('扫码还书')
    await input.setValue('  TS0001\n')
    await input.trigger('keyup', { key: 'Enter' })
    expect(w.emitted('scan')).toEqual([['TS0001']])
    expect((input.element as HTMLInputElement).value).toBe('')
    await input.trigger('keyup', { key: 'Enter' })
    expect(w.emitted('scan')).toHaveLength(1)
    w.unmount()
  })
})
