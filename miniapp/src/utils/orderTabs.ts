import type { OrderStatus } from '../api/types'

/** The tabs of 我的订单 and the order statuses each shows. */
export const ORDER_TABS: { key: string; label: string; statuses: OrderStatus[] }[] = [
  { key: 'review', label: '待审核', statuses: ['SUBMITTED'] },
  { key: 'pickup', label: '待取书', statuses: ['APPROVED', 'READY_FOR_PICKUP'] },
  { key: 'delivery', label: '配送中', statuses: ['AWAITING_DISPATCH', 'DISPATCHED', 'OUT_FOR_DELIVERY', 'DELIVERY_FAILED'] },
  { key: 'done', label: '已完成', statuses: ['PICKED_UP', 'DELIVERED'] },
  { key: 'failed', label: '未通过', statuses: ['REJECTED', 'CANCELLED', 'EXPIRED', 'RETURNED_TO_SHELF'] },
]

export function tabOf(status: OrderStatus): string {
  return ORDER_TABS.find((t) => t.statuses.includes(status))?.key ?? 'review'
}

/** "12月9日 18:00" in the library's time zone (Asia/Shanghai), whatever the phone's zone is. */
export function formatDateTime(iso?: string | null): string {
  if (!iso) return ''
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export function formatDate(day?: string | null): string {
  if (!day) return ''
  const [, m, d] = day.split('-').map(Number)
  return `${m}月${d}日`
}

/** Today and tomorrow in Asia/Shanghai as yyyy-MM-dd (delivery slots are booked for these two days). */
export function shanghaiDays(now = Date.now()): string[] {
  return [0, 1].map((i) => new Date(now + 8 * 3600_000 + i * 86400_000).toISOString().slice(0, 10))
}
