import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { amapScriptUrl, loadAmap, resetAmapLoader } from '@shared/amapLoader'

type W = Window & { AMap?: unknown; _AMapSecurityConfig?: { securityJsCode: string }; __taoshuAmapReady?: () => void }
const win = window as unknown as W

function injected(): HTMLScriptElement | null {
  return document.head.querySelector('script[src^="https://webapi.amap.com/maps"]')
}

describe('loadAmap: base map or schematic', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    resetAmapLoader()
    delete win.AMap
    delete win._AMapSecurityConfig
    document.head.innerHTML = ''
  })
  afterEach(() => vi.useRealTimers())

  it('config NONE (or none at all): the schematic, and no script is added', async () => {
    expect(await loadAmap({ provider: 'NONE' })).toBeNull()
    expect(await loadAmap(null)).toBeNull()
    expect(await loadAmap({ provider: 'AMAP', key: '' })).toBeNull()
    expect(injected()).toBeNull()
  })

  it('AMAP: sets the security code first, loads the 2.0 script and answers AMap on its callback', async () => {
    const result = loadAmap({ provider: 'AMAP', key: 'k&1', securityCode: 'code-9' })
    expect(win._AMapSecurityConfig).toEqual({ securityJsCode: 'code-9' })
    expect(injected()!.src).toBe(amapScriptUrl('k&1'))
    expect(injected()!.src).toContain('v=2.0&key=k%261')
    const amap = { Map: class {} }
    win.AMap = amap
    win.__taoshuAmapReady!()
    expect(await result).toBe(amap)
  })

  it('script error (blocked, no signal): the schematic', async () => {
    const result = loadAmap({ provider: 'AMAP', key: 'k' })
    injected()!.onerror!(new Event('error'))
    expect(await result).toBeNull()
    expect(injected()).toBeNull()
  })

  it('no callback within 5 s (wrong key, stalled): the schematic; a later map tries again', async () => {
    const result = loadAmap({ provider: 'AMAP', key: 'k' })
    vi.advanceTimersByTime(4999)
    let settled = false
    void result.then(() => { settled = true })
    await Promise.resolve()
    expect(settled).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await result).toBeNull()
    expect(win.__taoshuAmapReady).toBeUndefined()
    const again = loadAmap({ provider: 'AMAP', key: 'k' })
    expect(injected()).not.toBeNull()
    vi.advanceTimersByTime(5000)
    expect(await again).toBeNull()
  })
})
