// 用户升级 and 个人资料: what each card allows, what the reader may apply for now, and the checks made before sending.
// Pure functions, tested in tests/upgrade.test.ts.

export type CardTypeCode = 'CITY_WIDE' | 'COMMUNITY_TRUST'

/** What a card type allows, in the reader's words (the limits themselves are the library's and shown from the cart). */
export function cardBenefits(type: CardTypeCode | string | undefined): string[] {
  if (type === 'COMMUNITY_TRUST') {
    return ['只能在所属分馆借阅', '信用良好时借书订单可自动审核通过，取书更快']
  }
  return ['可在全市任一分馆借阅', '借书订单由馆员审核']
}

export interface ApplicationLike {
  status?: string
}

/** The reader's latest application (lists come newest first) if it still waits for a librarian. */
export function pendingOf<T extends ApplicationLike>(list: T[]): T | undefined {
  return list.find((a) => a.status === 'PENDING')
}

/** Why the 诚信通 form is not offered now, or null when the reader may apply. */
export function trustBlocker(me: { cardType?: string; homeBranchId?: number | null } | null,
  applications: ApplicationLike[]): string | null {
  if (!me) return '正在读取借书证信息'
  if (me.cardType === 'COMMUNITY_TRUST') return '您已经是诚信通借阅证'
  if (pendingOf(applications)) return '您的申请正在等待馆员审核'
  if (!me.homeBranchId) return '请先在个人资料中选择所属分馆'
  return null
}

/** The delivery form is offered unless the reader is approved or waits for a decision. */
export function deliveryBlocker(eligibility: string | undefined, applications: ApplicationLike[]): string | null {
  if (eligibility === 'APPROVED') return '您已可以选择送书上门'
  if (eligibility === 'PENDING' || pendingOf(applications)) return '您的申请正在等待馆员审核'
  return null
}

/** A reason the backend will accept: 1–255 characters after trimming; null when fine, else what to fix. */
export function reasonProblem(text: string, required = true): string | null {
  const t = text.trim()
  if (required && !t) return '请填写申请理由'
  if (t.length > 255) return '理由不能超过255个字'
  return null
}

/** A nickname the backend will accept: 1–32 characters after trimming. */
export function nicknameProblem(text: string): string | null {
  const t = text.trim()
  if (!t) return '请填写昵称'
  if (t.length > 32) return '昵称不能超过32个字'
  return null
}

export const AVATAR_MAX_BYTES = 512 * 1024

/** Checked before uploading (the backend checks again by the file's bytes): null when the size is fine. */
export function avatarSizeProblem(size: number | undefined): string | null {
  if (size === undefined) return null
  return size > AVATAR_MAX_BYTES ? '头像图片不能超过512KB，请换一张小一些的' : null
}

/** Tag tone of an application status. */
export function statusTone(status: string | undefined): 'ok' | 'warn' | 'plain' {
  if (status === 'APPROVED') return 'ok'
  if (status === 'REJECTED') return 'warn'
  return 'plain'
}
