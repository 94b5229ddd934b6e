import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '../api/http'
import { MemoryStore, OfflineQueue } from './queue'

type A = { kind: string; stopId: number }

/** A server that records every request it received and answers as told. */
function server() {
  const received: { action: A; key: string }[] = []
  let answer: (action: A) => unknown = (a) => ({ ok: a.stopId })
  return {
    received,
    answer(fn: (action: A) => unknown) {
      answer = fn
    },
    send: async (action: A, key: string) => {
      const r = answer(action)
      if (r instanceof Error) throw r
      received.push({ action, key })
      return r
    },
  }
}

let n = 0
const keys = () => `key-${++n}`

describe('OfflineQueue', () => {
  it('sends at once when online and leaves nothing behind', async () => {
    const s = server()
    const store = new MemoryStore()
    const q = new OfflineQueue<A>(store, s.send, 'q', keys)
    const outcome = await q.submit({ kind: 'deliver', stopId: 1 }, '交付')
    expect(outcome).toEqual({ state: 'sent', result: { ok: 1 } })
    expect(q.size).toBe(0)
    expect(JSON.parse(store.getItem('q')!)).toEqual([])
    expect(s.received).toHaveLength(1)
  })

  it('keeps actions taken with no signal, in order, and replays each exactly once with its own key', async () => {
    const s = server()
    const store = new MemoryStore()
    const q = new OfflineQueue<A>(store, s.send, 'q', keys)
    s.answer(() => new NetworkError())
    expect((await q.submit({ kind: 'deliver', stopId: 1 }, 'a')).state).toBe('queued')
    expect((await q.submit({ kind: 'fail', stopId: 2 }, 'b')).state).toBe('queued')
    expect(q.items.map((i) => i.label)).toEqual(['a', 'b'])
    const firstKey = q.items[0].key

    // a reload: a new queue over the same storage still has both
    s.answer((a) => ({ ok: a.stopId }))
    const after = new OfflineQueue<A>(store, s.send, 'q', keys)
    expect(after.size).toBe(2)
    await Promise.all([after.replay(), after.replay()])
    expect(s.received.map((r) => r.action.stopId)).toEqual([1, 2])
    expect(s.received[0].key).toBe(firstKey)
    expect(after.size).toBe(0)
    await after.replay()
    expect(s.received).toHaveLength(2)
  })

  it('retries a request whose answer was lost with the same Idempotency-Key', async () => {
    const s = server()
    const q = new OfflineQueue<A>(new MemoryStore(), s.send, 'q', keys)
    const seen: string[] = []
    let first = true
    s.answer(() => {
      if (first) {
        first = false
        return new ApiError(502, 502, '网关超时')
      }
      return { ok: true }
    })
    const send = s.send
    const q2 = new OfflineQueue<A>(new MemoryStore(), async (a, k) => {
      seen.push(k)
      return send(a, k)
    }, 'q', keys)
    expect((await q2.submit({ kind: 'deliver', stopId: 5 }, 'x')).state).toBe('queued')
    expect(q2.items[0].attempts).toBe(1)
    expect(q2.items[0].lastError).toBe('网关超时')
    await q2.replay()
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBe(seen[1])
    expect(q2.size).toBe(0)
    expect(q.size).toBe(0)
  })

  it('stops at the first failure so a later action never overtakes an earlier one', async () => {
    const s = server()
    const q = new OfflineQueue<A>(new MemoryStore(), s.send, 'q', keys)
    s.answer((a) => (a.stopId === 1 ? new NetworkError() : { ok: a.stopId }))
    await q.submit({ kind: 'start', stopId: 1 }, 'start')
    const second = await q.submit({ kind: 'deliver', stopId: 2 }, 'deliver')
    expect(second.state).toBe('queued')
    expect(s.received).toHaveLength(0)
    expect(q.size).toBe(2)
  })

  it('moves an action the server refuses (4xx) to the refused list and goes on with the next', async () => {
    const s = server()
    const store = new MemoryStore()
    const q = new OfflineQueue<A>(store, s.send, 'q', keys)
    s.answer(() => new NetworkError())
    await q.submit({ kind: 'deliver', stopId: 1 }, '交付')
    await q.submit({ kind: 'deliver', stopId: 2 }, '交付2')
    s.answer((a) => (a.stopId === 1 ? new ApiError(400, 50406, '取书码不正确，还可以再试2次') : { ok: a.stopId }))
    await q.replay()
    expect(q.size).toBe(0)
    expect(q.refused.map((r) => [r.label, r.message])).toEqual([['交付', '取书码不正确，还可以再试2次']])
    expect(s.received.map((r) => r.action.stopId)).toEqual([2])
    expect(JSON.parse(store.getItem('q-refused')!)).toHaveLength(1)
    q.dismissRefused(q.refused[0].key)
    expect(q.refused).toHaveLength(0)
  })

  it('answers a refused submission with the error so the screen can show it', async () => {
    const s = server()
    const q = new OfflineQueue<A>(new MemoryStore(), s.send, 'q', keys)
    const error = new ApiError(400, 50406, '取书码不正确')
    s.answer(() => error)
    expect(await q.submit({ kind: 'deliver', stopId: 1 }, 'x')).toEqual({ state: 'refused', error })
    expect(q.size).toBe(0)
    expect(q.refused).toHaveLength(0)
  })

  it('tells listeners when the queue changes', async () => {
    const s = server()
    const q = new OfflineQueue<A>(new MemoryStore(), s.send, 'q', keys)
    let calls = 0
    q.subscribe(() => calls++)
    await q.submit({ kind: 'deliver', stopId: 1 }, 'x')
    expect(calls).toBeGreaterThan(0)
  })
})
