import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Geo, PositionReporter } from './reporter'

function fakeGeo() {
  let ok: ((p: { coords: { latitude: number; longitude: number } }) => void) | null = null
  let err: ((e: { code: number }) => void) | null = null
  const cleared: number[] = []
  const geo: Geo = {
    watchPosition(o, e) {
      ok = o
      err = e
      return 42
    },
    clearWatch(id) {
      cleared.push(id)
    },
  }
  return {
    geo,
    cleared,
    move: (lat: number, lng: number) => ok?.({ coords: { latitude: lat, longitude: lng } }),
    deny: () => err?.({ code: 1 }),
  }
}

describe('PositionReporter', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('sends the first fix at once, then at most every 30 s, and stops when told', async () => {
    const g = fakeGeo()
    const sent: [number, number][] = []
    const r = new PositionReporter(g.geo, async (lat, lng) => sent.push([lat, lng]), () => {}, 30_000, () => Date.now())
    r.start()
    expect(r.state).toBe('waiting')
    g.move(28.1, 112.9)
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toEqual([[28.1, 112.9]])
    expect(r.state).toBe('on')
    g.move(28.2, 112.9)
    g.move(28.3, 112.9)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(sent).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(20_000)
    expect(sent).toEqual([[28.1, 112.9], [28.3, 112.9]])
    r.stop()
    expect(g.cleared).toEqual([42])
    expect(r.state).toBe('off')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(2)
  })

  it('shows that location is off when the courier refused it', () => {
    const g = fakeGeo()
    const r = new PositionReporter(g.geo, async () => {})
    r.start()
    g.deny()
    expect(r.state).toBe('denied')
    expect(r.running).toBe(false)
  })

  it('drops a ping that could not be sent and sends the newest at the next tick', async () => {
    const g = fakeGeo()
    const sent: number[] = []
    let fail = true
    const r = new PositionReporter(g.geo, async (lat) => {
      if (fail) throw new Error('offline')
      sent.push(lat)
    })
    r.start()
    g.move(1, 1)
    await vi.advanceTimersByTimeAsync(0)
    fail = false
    g.move(2, 2)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(sent).toEqual([2])
    r.stop()
  })
})
