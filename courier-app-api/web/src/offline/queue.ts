import { isTransient } from '../api/http'

/** Where the queue lives between page loads: localStorage on the phone, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface Queued<A> {
  /** Sent as the Idempotency-Key on every attempt: a retry after a lost answer changes nothing twice. */
  key: string
  action: A
  /** How the courier sees it in the 待发送 list. */
  label: string
  createdAt: number
  attempts: number
  lastError?: string
}

/** An action the server refused for good (a wrong code, a stop no longer the courier's): shown, never resent. */
export interface Refused<A> extends Queued<A> {
  message: string
}

export type Outcome<R> = { state: 'sent'; result: R } | { state: 'queued' } | { state: 'refused'; error: unknown }

type Listener = () => void

/**
 * The phone's outbox of courier actions. Every action is written here first, with its Idempotency-Key, and then sent;
 * replay goes strictly in order (a delivery never overtakes the start of its route) and stops at the first answer
 * that says "try later" (no signal, 5xx, 429). An item leaves the queue only on a definite answer: success, or a
 * refusal (4xx) that goes to {@link refused} for the courier to see. Survives reloads and app restarts.
 */
export class OfflineQueue<A, R = unknown> {
  private pending: Queued<A>[]
  private refusedItems: Refused<A>[]
  private running: Promise<void> | null = null
  private readonly waiters = new Map<string, (o: Outcome<R>) => void>()
  private readonly listeners = new Set<Listener>()

  constructor(
    private readonly store: KeyValueStore,
    private readonly send: (action: A, key: string) => Promise<R>,
    private readonly storageKey = 'taoshu-courier-queue',
    private readonly newKey: () => string = () => crypto.randomUUID(),
    private readonly now: () => number = () => Date.now(),
  ) {
    this.pending = read<Queued<A>[]>(store, storageKey, [])
    this.refusedItems = read<Refused<A>[]>(store, storageKey + '-refused', [])
  }

  get items(): readonly Queued<A>[] {
    return this.pending
  }

  get refused(): readonly Refused<A>[] {
    return this.refusedItems
  }

  get size(): number {
    return this.pending.length
  }

  get busy(): boolean {
    return this.running !== null
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stores the action and sends the queue; resolves with this action's outcome (queued while there is no signal). */
  submit(action: A, label: string): Promise<Outcome<R>> {
    const item: Queued<A> = { key: this.newKey(), action, label, createdAt: this.now(), attempts: 0 }
    this.pending = [...this.pending, item]
    this.persist()
    const outcome = new Promise<Outcome<R>>((resolve) => this.waiters.set(item.key, resolve))
    void this.replay()
    return outcome
  }

  /** Sends what waits, oldest first; one replay at a time (a second call joins the running one). */
  replay(): Promise<void> {
    if (!this.running) {
      this.running = this.drain().finally(() => {
        this.running = null
        // whoever submitted while the last send failed keeps waiting in the queue: tell them it is queued
        for (const item of this.pending) this.settle(item.key, { state: 'queued' })
        this.emit()
      })
    }
    return this.running
  }

  dismissRefused(key: string): void {
    this.refusedItems = this.refusedItems.filter((r) => r.key !== key)
    this.persist()
  }

  /** Forgets everything (logout of a courier who chose to drop what was not sent). */
  clear(): void {
    this.pending = []
    this.refusedItems = []
    this.persist()
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const head = this.pending[0]
      head.attempts += 1
      this.persist()
      try {
        const result = await this.send(head.action, head.key)
        this.pending = this.pending.filter((i) => i.key !== head.key)
        this.persist()
        this.settle(head.key, { state: 'sent', result })
      } catch (e) {
        if (isTransient(e)) {
          head.lastError = e instanceof Error ? e.message : String(e)
          this.persist()
          return
        }
        this.pending = this.pending.filter((i) => i.key !== head.key)
        // a screen still waiting for this answer shows the refusal itself; one queued earlier goes to the 未成功 list
        if (!this.waiters.has(head.key)) {
          this.refusedItems = [...this.refusedItems, { ...head, message: e instanceof Error ? e.message : String(e) }]
        }
        this.persist()
        this.settle(head.key, { state: 'refused', error: e })
      }
    }
  }

  private settle(key: string, outcome: Outcome<R>): void {
    const waiter = this.waiters.get(key)
    if (waiter) {
      this.waiters.delete(key)
      waiter(outcome)
    }
  }

  private persist(): void {
    this.store.setItem(this.storageKey, JSON.stringify(this.pending))
    this.store.setItem(this.storageKey + '-refused', JSON.stringify(this.refusedItems))
    this.emit()
  }

  private emit(): void {
    for (const l of this.listeners) l()
  }
}

function read<T>(store: KeyValueStore, key: string, fallback: T): T {
  try {
    const raw = store.getItem(key)
    return raw ? (JSON.parse(raw) as T) : fallback
  } catch {
    return fallback
  }
}

/** A KeyValueStore in memory (tests, or a browser without localStorage). */
export class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, string>()
  getItem(key: string) {
    return this.map.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.map.set(key, value)
  }
  removeItem(key: string) {
    this.map.delete(key)
  }
}
