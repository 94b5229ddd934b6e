import type { CartLine } from '../api/types'

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
