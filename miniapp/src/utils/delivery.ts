// The pure logic of 送书上门 and 上门取还 on the phone: the slots and half-hour windows a reader may choose, what the
// order's tracking card shows in each state, and where the courier's dot sits on the schematic (no map key needed).
import type { LoanView, OrderStatus, SlotView, Tracking } from '../api/types'

export const hhmm = (t?: string | null) => (t ?? '').slice(0, 5)

/** "10:00–12:00" */
export const slotTime = (s: { startTime: string; endTime: string }) => `${hhmm(s.startTime)}–${hhmm(s.endTime)}`

/** What a slot button says under the time: the places left, or that it is full or closed for booking. */
export function slotNote(s: SlotView): string {
  if (s.bookable) return `剩 ${s.remaining} 个名额`
  return s.remaining <= 0 ? '已约满' : '已截止预约'
}

/** The slot chosen by default: the first still bookable, else none. */
export const firstBookable = (slots: SlotView[]) => slots.find((s) => s.bookable)?.id ?? null

export interface HalfHour {
  start: string
  end: string
  label: string
}

const minutes = (t: string) => {
  const [h, m] = t.split(':').map(Number)
  return h * 60 + m
}
const clock = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`

/** The optional half hours within a slot (10:00–10:30, 10:30–11:00, …); the backend wants ≥ 30 minutes inside the slot. */
export function halfHours(s: { startTime: string; endTime: string } | null | undefined): HalfHour[] {
  if (!s) return []
  const out: HalfHour[] = []
  for (let t = minutes(s.startTime); t + 30 <= minutes(s.endTime); t += 30) {
    out.push({ start: clock(t), end: clock(t + 30), label: `${clock(t)}–${clock(t + 30)}` })
  }
  return out.length > 1 ? out : [] // a half-hour slot has nothing narrower to choose
}

/** The request's window fields: both or neither. */
export function windowFields(w: HalfHour | null): { windowStart?: string; windowEnd?: string } {
  return w ? { windowStart: w.start, windowEnd: w.end } : {}
}

/** The stage of a delivery order as the reader's tracking card shows it. */
export type TrackingStage = 'booked' | 'planned' | 'out' | 'done' | 'failed' | 'closed'

export function trackingStage(status: OrderStatus): TrackingStage {
  switch (status) {
    case 'DISPATCHED':
      return 'planned'
    case 'OUT_FOR_DELIVERY':
      return 'out'
    case 'DELIVERED':
      return 'done'
    case 'DELIVERY_FAILED':
      return 'failed'
    case 'SUBMITTED':
    case 'APPROVED':
    case 'AWAITING_DISPATCH':
      return 'booked'
    default:
      return 'closed'
  }
}

export const STAGE_TEXT: Record<TrackingStage, string> = {
  booked: '已预约，等待安排送书员',
  planned: '已安排送书员，出发后可看到位置',
  out: '送书员正在路上',
  done: '书已送到',
  failed: '这次没能送到，图书馆会另约时间',
  closed: '',
}

/** While the courier is assigned or on the way the page asks again every 30 seconds. */
export const REFRESH_MS = 30_000
export const refreshes = (status?: OrderStatus | null) => status === 'DISPATCHED' || status === 'OUT_FOR_DELIVERY'

/** The 交接码 is shown (large) only to the reader and only while the books are assigned or on their way. */
export const showsCode = (status: OrderStatus, t?: Tracking | null) =>
  (status === 'DISPATCHED' || status === 'OUT_FOR_DELIVERY') && !!t?.handoverCode

/** Straight-line metres between two points (equirectangular: good to a few metres across a city). */
export function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad)
  const y = (b.lat - a.lat) * rad
  return Math.round(Math.sqrt(x * x + y * y) * 6_371_000)
}

export const distanceText = (m: number) => (m < 1000 ? `约 ${Math.max(10, Math.round(m / 10) * 10)} 米` : `约 ${(m / 1000).toFixed(1)} 公里`)

/**
 * The courier's dot on the schematic: the reader's home in the middle, north up, the dot in its true direction and at
 * a distance that grows with the real one but stays inside the box (2 km and more: at the edge). Percent of the box.
 */
export function dotPosition(home: { lat: number; lng: number }, courier: { lat: number; lng: number }, edgeM = 2000) {
  const rad = Math.PI / 180
  const dx = (courier.lng - home.lng) * rad * Math.cos(home.lat * rad) * 6_371_000
  const dy = (courier.lat - home.lat) * rad * 6_371_000
  const d = Math.sqrt(dx * dx + dy * dy)
  if (d < 1) return { left: 50, top: 50 }
  const r = 42 * Math.min(1, Math.sqrt(d / edgeM)) // percent of the half box, square root: near is not squashed
  return { left: Math.round((50 + (r * dx) / d) * 10) / 10, top: Math.round((50 - (r * dy) / d) * 10) / 10 }
}

/** Loans that may go on a return pickup (on loan, not already on one), by branch: one pickup is one branch's books. */
export function pickupLoansByBranch(loans: LoanView[]): { branchId: number; branchName: string; loans: LoanView[] }[] {
  const groups = new Map<number, { branchId: number; branchName: string; loans: LoanView[] }>()
  for (const l of loans) {
    if (l.status !== 'ACTIVE' || l.returnPickupId) continue
    const g = groups.get(l.branchId) ?? { branchId: l.branchId, branchName: l.branchName, loans: [] }
    g.loans.push(l)
    groups.set(l.branchId, g)
  }
  return [...groups.values()]
}

/** A pickup the reader may still cancel: the courier has not set off. */
export const pickupCancellable = (status?: string) => status === 'REQUESTED' || status === 'DISPATCHED'

/** What uni.chooseLocation answered, as the address form's fields (the place's name if it has no street address). */
export function fromChosenLocation(r: { name?: string; address?: string; latitude: number; longitude: number }) {
  const name = (r.name ?? '').trim()
  const address = (r.address ?? '').trim()
  return {
    address: address && name && !address.includes(name) ? `${address}${name}` : address || name,
    placeName: name,
    lat: r.latitude,
    lng: r.longitude,
  }
}
