import { ApiError } from '../api/http'
import type { CartLine } from '../api/types'

/** CartErrorCode.NO_FREE_COPY: every copy at that branch is out, the reader may reserve instead. */
export const NO_FREE_COPY = 30507

/** The backend's msg when adding to the cart was refused for want of a free copy (409/30507), else null. */
export function noFreeCopyMessage(e: unknown): string | null {
  return e instanceof ApiError && e.code === NO_FREE_COPY && e.status === 409 ? e.message : null
}

export interface BranchGroup {
  branchId: number
  branchName: string
  lines: CartLine[]
}

/** Cart lines by branch, in the order they were added: one order is one branch's books. */
export function groupByBranch(lines: CartLine[]): BranchGroup[] {
  const groups = new Map<number, BranchGroup>()
  for (const l of lines) {
    const g = groups.get(l.branchId) ?? { branchId: l.branchId, branchName: l.branchName, lines: [] }
    g.lines.push(l)
    groups.set(l.branchId, g)
  }
  return [...groups.values()]
}

/** The notices worth asking for at the tap on 提交 (WeChat allows three per request): the review's outcome, then
 *  the book on the holding shelf or on its way to the door. */
export const ORDER_NOTICE_KINDS: Record<'PICKUP' | 'DELIVERY', string[]> = {
  PICKUP: ['ORDER_APPROVED', 'ORDER_REJECTED', 'READY_FOR_PICKUP'],
  DELIVERY: ['ORDER_APPROVED', 'ORDER_REJECTED', 'OUT_FOR_DELIVERY'],
}

/** Template ids to request for an order of this kind, among those the library configured (at most 3, no repeats). */
export function templatesToRequest(templates: { templateId: string; kinds: string[] }[], fulfilment: 'PICKUP' | 'DELIVERY'): string[] {
  const ids: string[] = []
  for (const kind of ORDER_NOTICE_KINDS[fulfilment]) {
    const t = templates.find((x) => x.kinds.includes(kind))
    if (t && !ids.includes(t.templateId)) ids.push(t.templateId)
  }
  return ids.slice(0, 3)
}
