// How a DeliveryInfo reads at the desk: one wording for the order drawer and the return-pickup list.
import type { DeliveryInfo } from '../api/types'
import { formatDateTime, hhmm } from './format'

/** '2026-05-01 10:00–12:00' */
export function slotText(d: DeliveryInfo | null | undefined): string {
  if (!d || !d.slotDate) return '—'
  return `${d.slotDate} ${hhmm(d.slotStart)}–${hhmm(d.slotEnd)}`
}

/** '10:30–11:00', or '不限' when the reader gave no narrower window. */
export function windowText(d: DeliveryInfo | null | undefined): string {
  if (!d || !d.windowStart || !d.windowEnd) return '不限'
  return `${hhmm(d.windowStart)}–${hhmm(d.windowEnd)}`
}

/** '周建华（138****0001）', or '待排线' before planning. */
export function courierText(d: DeliveryInfo | null | undefined): string {
  if (!d || !d.courierName) return '待排线'
  return d.courierPhoneMasked ? `${d.courierName}（${d.courierPhoneMasked}）` : d.courierName
}

/** The live ETA once planned; the time of handover or collection once done. */
export function etaText(d: DeliveryInfo | null | undefined): string {
  if (!d) return '—'
  if (d.completedAt) return `已完成 ${formatDateTime(d.completedAt)}`
  if (!d.planned || !d.eta) return '待排线'
  const at = formatDateTime(d.eta)
  return d.etaLive ? `${at}（按配送员实时位置）` : `${at}（计划）`
}
