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
