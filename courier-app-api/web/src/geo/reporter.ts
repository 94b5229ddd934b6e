/** The bits of navigator.geolocation the reporter uses (a fake in tests). */
export interface Geo {
  watchPosition(ok: (p: { coords: { latitude: number; longitude: number } }) => void, err: (e: { code: number }) => void,
    options?: PositionOptions): number
  clearWatch(id: number): void
}

export type ReporterState = 'off' | 'waiting' | 'on' | 'denied'

/**
 * While a route is out: watches the position and sends it at most once per interval (30 s), the first fix at once.
 * A ping that cannot be sent is dropped (an old position is worth nothing); the next tick sends the newest.
 */
export class PositionReporter {
  state: ReporterState = 'off'
  lastSentAt: number | null = null
  last: { lat: number; lng: number } | null = null
  private watchId: number | null = null
  private timer: ReturnType<typeof setInterval> | null = null
  private latest: { lat: number; lng: number } | null = null
  private sentOnce = false

  constructor(
    private readonly geo: Geo | undefined,
    private readonly send: (lat: number, lng: number) => Promise<unknown>,
    private readonly onChange: () => void = () => {},
    private readonly intervalMs = 30_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  start(): void {
    if (this.watchId !== null || this.state === 'denied') return
    if (!this.geo) {
      this.set('denied')
      return
    }
    this.set('waiting')
    this.watchId = this.geo.watchPosition(
      (p) => {
        this.latest = { lat: p.coords.latitude, lng: p.coords.longitude }
        if (!this.sentOnce) void this.tick()
      },
      (e) => {
        if (e.code === 1) {
          this.stop()
          this.set('denied')
        }
      },
      { enableHighAccuracy: true, maximumAge: 10_000, timeout: 60_000 },
    )
    this.timer = setInterval(() => void this.tick(), this.intervalMs)
  }

  stop(): void {
    if (this.watchId !== null) this.geo?.clearWatch(this.watchId)
    if (this.timer !== null) clearInterval(this.timer)
    this.watchId = null
    this.timer = null
    this.sentOnce = false
    this.set('off')
  }

  get running(): boolean {
    return this.watchId !== null
  }

  private async tick(): Promise<void> {
    const position = this.latest
    if (!position || this.watchId === null) return
    if (this.lastSentAt !== null && this.now() - this.lastSentAt < this.intervalMs - 1000) return
    this.sentOnce = true
    this.lastSentAt = this.now()
    try {
      await this.send(position.lat, position.lng)
      this.last = position
      this.set('on')
    } catch {
      // no signal or too often: the next tick sends the newest position
    }
  }

  private set(state: ReporterState) {
    this.state = state
    this.onChange()
  }
}
