/** '2026-05-01T10:03:00+08:00' → '2026-05-01 10:03' (the API sends Asia/Shanghai times). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso)
  return m ? `${m[1]} ${m[2]}` : iso
}

/** Whole hours left until a deadline (negative = overdue), relative to `now`. */
export function hoursLeft(deadline: string | null | undefined, now: Date = new Date()): number | null {
  if (!deadline) return null
  const t = Date.parse(deadline)
  if (Number.isNaN(t)) return null
  return Math.floor((t - now.getTime()) / 3_600_000)
}

export function deadlineText(deadline: string | null | undefined, now: Date = new Date()): string {
  const h = hoursLeft(deadline, now)
  if (h === null) return '—'
  if (h < 0) return '已超期'
  if (h < 24) return `剩 ${h} 小时`
  return `剩 ${Math.floor(h / 24)} 天`
}

export const ORDER_STATUS_TAG: Record<string, 'primary' | 'success' | 'warning' | 'danger' | 'info'> = {
  SUBMITTED: 'warning',
  APPROVED: 'primary',
  READY_FOR_PICKUP: 'primary',
  PICKED_UP: 'success',
  DELIVERED: 'success',
  REJECTED: 'danger',
  EXPIRED: 'danger',
  DELIVERY_FAILED: 'danger',
  CANCELLED: 'info',
  RETURNED_TO_SHELF: 'info',
}

export const ORDER_STATUSES: { value: string; label: string }[] = [
  { value: 'SUBMITTED', label: '待审核' },
  { value: 'APPROVED', label: '审核通过' },
  { value: 'READY_FOR_PICKUP', label: '待取书' },
  { value: 'PICKED_UP', label: '已取书' },
  { value: 'REJECTED', label: '审核不通过' },
  { value: 'CANCELLED', label: '已取消' },
  { value: 'EXPIRED', label: '逾期未取' },
  { value: 'AWAITING_DISPATCH', label: '待派送' },
  { value: 'DISPATCHED', label: '已派单' },
  { value: 'OUT_FOR_DELIVERY', label: '配送中' },
  { value: 'DELIVERED', label: '已送达' },
  { value: 'DELIVERY_FAILED', label: '配送失败' },
  { value: 'RETURNED_TO_SHELF', label: '退回' },
]

export const CARD_TYPES = [
  { value: 'CITY_WIDE', label: '全城通' },
  { value: 'COMMUNITY_TRUST', label: '诚信通' },
]

export const CARD_STATUSES = [
  { value: 'ACTIVE', label: '正常' },
  { value: 'SUSPENDED', label: '已暂停' },
]

/** Keyboard shortcuts apply only when the librarian is not typing in a field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  const tag = el.tagName.toLowerCase()
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable === true
}

export const VEHICLES = [
  { value: 'EBIKE', label: '电动车' },
  { value: 'WALK', label: '步行' },
]

export function vehicleLabel(v: string | null | undefined): string {
  return VEHICLES.find((x) => x.value === v)?.label ?? '—'
}

/** '10:00:00' → '10:00'. */
export function hhmm(time: string | null | undefined): string {
  return time ? time.slice(0, 5) : '—'
}

export const ROUTE_STATUS: Record<string, string> = { PLANNED: '未出发', STARTED: '配送中', FINISHED: '已完成' }
export const STOP_STATUS: Record<string, { label: string; tag: 'primary' | 'success' | 'warning' | 'danger' | 'info' }> = {
  PLANNED: { label: '待出发', tag: 'info' },
  OUT: { label: '配送中', tag: 'primary' },
  DELIVERED: { label: '已送达', tag: 'success' },
  COLLECTED: { label: '已取回', tag: 'success' },
  FAILED: { label: '失败', tag: 'danger' },
}

export const NOTICE_STATUSES: { value: string; label: string; tag: 'primary' | 'success' | 'warning' | 'danger' | 'info' }[] = [
  { value: 'PENDING', label: '待发送', tag: 'warning' },
  { value: 'SENDING', label: '发送中', tag: 'primary' },
  { value: 'SENT', label: '已发送', tag: 'success' },
  { value: 'SKIPPED', label: '未发送', tag: 'info' },
  { value: 'FAILED', label: '发送失败', tag: 'danger' },
]

export const NOTICE_KINDS = [
  { value: 'ORDER_APPROVED', label: '审核通过' },
  { value: 'ORDER_REJECTED', label: '审核不通过' },
  { value: 'READY_FOR_PICKUP', label: '待取书' },
  { value: 'PICKUP_DEADLINE', label: '明天截止取书' },
  { value: 'OUT_FOR_DELIVERY', label: '配送中' },
  { value: 'DELIVERED', label: '已送达' },
  { value: 'DUE_SOON', label: '即将到期' },
  { value: 'OVERDUE', label: '已逾期' },
  { value: 'RESERVATION_AVAILABLE', label: '预约到书' },
  { value: 'RESERVATION_CANCELLED', label: '预约已取消' },
  { value: 'DELIVERY_REBOOKED', label: '配送已改约' },
  { value: 'PICKUP_REBOOKED', label: '取还已改约' },
  { value: 'DELIVERY_APPLICATION', label: '送书上门申请结果' },
  { value: 'CARD_APPLICATION', label: '诚信通申请结果' },
]

export const ATTEMPT_OUTCOMES: Record<string, string> = {
  SENT: '发送成功', SKIPPED: '未发送', RETRY: '稍后重试', FAILED: '失败', UNKNOWN: '结果未知', ABANDONED: '放弃',
  RESEND: '馆员重新发送', CANCELLED: '已取消',
}

/** Notice counts per kind (rows) and status (columns) from the stats API's flat list, with totals. */
export function noticeMatrix(counts: { kind: string; kindLabel: string; status: string; count: number }[]) {
  const rows = new Map<string, { kind: string; kindLabel: string; total: number; byStatus: Record<string, number> }>()
  const totals: Record<string, number> = {}
  for (const c of counts) {
    const row = rows.get(c.kind) ?? { kind: c.kind, kindLabel: c.kindLabel, total: 0, byStatus: {} }
    row.byStatus[c.status] = (row.byStatus[c.status] ?? 0) + c.count
    row.total += c.count
    rows.set(c.kind, row)
    totals[c.status] = (totals[c.status] ?? 0) + c.count
  }
  const order = NOTICE_KINDS.map((k) => k.value)
  const sorted = [...rows.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
  return { rows: sorted, totals, total: Object.values(totals).reduce((a, b) => a + b, 0) }
}

/** The library's time zone: "today" is the library's today, whatever zone the librarian's computer is set to. */
export const LIBRARY_TIME_ZONE = 'Asia/Shanghai'

/** An instant as the library's calendar date 'YYYY-MM-DD'. */
export function libraryDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LIBRARY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant)
}

/** A date-picker cell (a local-midnight Date) as 'YYYY-MM-DD'. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** 'YYYY-MM-DD' plus n days. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d + n))
  return t.toISOString().slice(0, 10)
}

/** Delivery slots can be looked at from the library's today to 14 days ahead (as the API allows). */
export function outsideSlotDays(cell: Date, today: string = libraryDate(), days = 14): boolean {
  const date = isoDate(cell)
  return date < today || date > addDays(today, days)
}

export const DELIVERY_ELIGIBILITY: Record<string, string> = { NONE: '未开通', PENDING: '申请审核中', APPROVED: '已开通', REJECTED: '申请未通过' }

/** A name as printed on a pick slip or said across the desk: the surname and a star per other character (王小明 → 王**). */
export function maskName(name: string | null | undefined): string {
  const chars = Array.from((name ?? '').trim())
  if (chars.length === 0) return '读者'
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
}

/** The el-tag type of a status in a list of { value, tag } (info when unknown). */
export const tagOf = (list: readonly { value: string; tag: string }[], status: string) =>
  list.find((x) => x.value === status)?.tag ?? 'info'
