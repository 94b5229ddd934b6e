import { newIdempotencyKey, request } from './http'
import type { ActivityView, Page, SignupView } from './types'

/** Open activities not yet started, soonest first; of one branch when given. */
export const upcomingActivities = (branchId?: number, size = 20) =>
  request<Page<ActivityView>>('/api/app/activities', { query: { branchId, page: 1, size } })

export const activity = (id: number) => request<ActivityView>(`/api/app/activities/${id}`)

export const signUp = (activityId: number) =>
  request<SignupView>(`/api/app/activities/${activityId}/signups`, { method: 'POST', idempotencyKey: newIdempotencyKey() })

/** My sign-ups, newest first (the first 100 are all a reader has). */
export const mySignups = () => request<Page<SignupView>>('/api/app/me/activity-signups', { query: { page: 1, size: 100 } })

export const cancelSignup = (signupId: number) =>
  request<SignupView>(`/api/app/activity-signups/${signupId}/cancel`, { method: 'POST', idempotencyKey: newIdempotencyKey() })
