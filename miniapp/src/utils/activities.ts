import type { ActivityView, SignupView } from '../api/types'
import { formatDateTime } from './orderTabs'

/** "12月9日 14:00 – 16:00" on one day, both full when it runs over midnight (Asia/Shanghai). */
export function activityTime(a: Pick<ActivityView, 'startsAt' | 'endsAt'>): string {
  const start = formatDateTime(a.startsAt)
  const end = formatDateTime(a.endsAt)
  if (!end) return start
  const [startDay] = start.split(' ')
  const [endDay, endTime] = end.split(' ')
  return `${start} – ${startDay === endDay ? endTime : end}`
}

export function placesText(a: Pick<ActivityView, 'placesLeft' | 'capacity'>): string {
  return (a.placesLeft ?? 0) > 0 ? `剩余 ${a.placesLeft} 个名额（共 ${a.capacity} 个）` : '名额已满'
}

/** My live sign-up for one activity, if any (a cancelled one may be signed up again). */
export function activeSignupFor(signups: SignupView[], activityId: number): SignupView | undefined {
  return signups.find((s) => s.activityId === activityId && s.status === 'SIGNED_UP')
}

/** A sign-up may be cancelled until its activity starts. */
export function canCancel(s: SignupView, now = Date.now()): boolean {
  return s.status === 'SIGNED_UP' && !!s.activity?.startsAt && new Date(s.activity.startsAt).getTime() > now
}

/** Sign-ups not yet over first (soonest first), then the rest newest first. */
export function sortSignups(list: SignupView[], now = Date.now()): SignupView[] {
  const start = (s: SignupView) => (s.activity?.startsAt ? new Date(s.activity.startsAt).getTime() : 0)
  const upcoming = list.filter((s) => s.status === 'SIGNED_UP' && start(s) > now).sort((a, b) => start(a) - start(b))
  const rest = list.filter((s) => !upcoming.includes(s)).sort((a, b) => start(b) - start(a))
  return [...upcoming, ...rest]
}
