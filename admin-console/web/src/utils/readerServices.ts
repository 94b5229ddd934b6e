// Front-end logic of the reader-services pages (阅读资讯, 读者建议, 书评管理, 统计): form checks mirroring the API's and the
// statistics series filled out to every period of the range (the API returns only periods that have rows).
import { addDays } from './format'
import { isValidIsbn } from './validators'

export type Granularity = 'DAY' | 'WEEK' | 'MONTH'
export const GRANULARITIES: { value: Granularity; label: string }[] = [
  { value: 'DAY', label: '按日' },
  { value: 'WEEK', label: '按周' },
  { value: 'MONTH', label: '按月' },
]
/** The API refuses longer ranges (StatsRollupService.MAX_DAYS). */
export const MAX_STATS_DAYS = 400

/** The first day of the period a date belongs to, as the API buckets it: weeks start on Monday, months on the 1st. */
export function periodStart(date: string, g: Granularity): string {
  if (g === 'DAY') return date
  if (g === 'MONTH') return `${date.slice(0, 7)}-01`
  const [y, m, d] = date.split('-').map(Number)
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay() // 0 = Sunday
  return addDays(date, -((dow + 6) % 7))
}

function nextPeriod(start: string, g: Granularity): string {
  if (g === 'DAY') return addDays(start, 1)
  if (g === 'WEEK') return addDays(start, 7)
  const [y, m] = start.split('-').map(Number)
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

/** Every period from `from` to `to`, each with the API's point or zeros where no day had any rows. */
export function fillSeries<P extends { period: string }>(points: P[], from: string, to: string, g: Granularity,
  zero: (period: string) => P): P[] {
  const byPeriod = new Map(points.map((p) => [p.period, p]))
  const out: P[] = []
  for (let p = periodStart(from, g); p <= to; p = nextPeriod(p, g)) {
    out.push(byPeriod.get(p) ?? zero(p))
  }
  return out
}

/** '2026-05-04' as an axis label for the granularity: 05-04 / 05-04 周 / 2026-05. */
export function periodLabel(period: string, g: Granularity): string {
  if (g === 'MONTH') return period.slice(0, 7)
  if (g === 'WEEK') return `${period.slice(5)}周`
  return period.slice(5)
}

export function statsRangeError(from: string | null | undefined, to: string | null | undefined): string | null {
  if (!from || !to) return '请选择日期范围'
  if (to < from) return '结束日期不能早于开始日期'
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
  return days >= MAX_STATS_DAYS ? `日期范围最多${MAX_STATS_DAYS}天` : null
}

export interface NewsForm {
  title: string
  coverUrl: string
  bodyHtml: string
}

export function newsFormError(f: NewsForm): string | null {
  const title = f.title.trim()
  if (!title) return '请填写标题'
  if (title.length > 255) return '标题不能超过255个字'
  const cover = f.coverUrl.trim()
  if (cover && !/^https?:\/\/\S+$/.test(cover)) return '封面地址应以 http:// 或 https:// 开头'
  if (cover.length > 512) return '封面地址不能超过512个字符'
  if (!f.bodyHtml.trim()) return '请填写正文'
  return null
}

export interface ActivityForm {
  branchId: number | null
  title: string
  place: string
  startsAt: string | null
  endsAt: string | null
  capacity: number | null
}

/** The API's checks on an activity, plus: it may not end before it starts; capacity not under the sign-ups so far. */
export function activityFormError(f: ActivityForm, signedUp = 0): string | null {
  if (!f.branchId) return '请选择分馆'
  if (!f.title.trim()) return '请填写活动名称'
  if (!f.place.trim()) return '请填写活动地点'
  if (!f.startsAt) return '请填写开始时间'
  if (!f.endsAt) return '请填写结束时间'
  if (f.endsAt <= f.startsAt) return '结束时间必须晚于开始时间'
  if (f.capacity === null || !Number.isInteger(f.capacity) || f.capacity < 1 || f.capacity > 10_000) return '名额应为1到10000'
  if (f.capacity < signedUp) return `名额不能少于已报名的 ${signedUp} 人`
  return null
}

/** '已报名 / 名额' with how full it is, for the activity table. */
export function signupRatio(signedUp: number, capacity: number): { text: string; percent: number; full: boolean } {
  const percent = capacity > 0 ? Math.min(100, Math.round((signedUp / capacity) * 100)) : 0
  return { text: `${signedUp} / ${capacity}`, percent, full: capacity > 0 && signedUp >= capacity }
}

/** Marking a purchase request PURCHASED: one sent with a title only needs the ISBN of the copy bought. */
export function purchasedIsbnError(existingIsbn: string | null | undefined, entered: string | null | undefined): string | null {
  if (existingIsbn) return null
  const v = (entered ?? '').trim()
  if (!v) return '这条荐购只填了书名，请补填所购图书的 ISBN'
  return isValidIsbn(v) ? null : 'ISBN 不正确（校验位不符）'
}

/** What a reader asked for, in one line: the suggestion text, or 《title》 author ISBN of a purchase request. */
export function suggestionSubject(s: { type: string; content: string | null; title: string | null; author: string | null;
  isbn: string | null }): string {
  if (s.type !== 'PURCHASE') return s.content ?? ''
  const parts = [s.title ? `《${s.title}》` : '', s.author ?? '', s.isbn ? `ISBN ${s.isbn}` : ''].filter(Boolean)
  return parts.join(' ') || '（未填写书目）'
}

const ACTORS: Record<string, string> = { READER: '读者', LIBRARIAN: '馆员', ADMIN: '管理员', STAFF: '馆员', COURIER: '配送员', SYSTEM: '系统' }

/** Who made a move in a timeline (history actor_type), in Chinese. */
export function actorLabel(actorType: string | null | undefined): string {
  return actorType ? ACTORS[actorType] ?? actorType : ''
}
