// The unread count of the 消息中心, shared by 首页, 我的 and the 消息中心 itself, and shown as the badge on the 我的 tab.
import { defineStore } from 'pinia'
import { isMissing, markAllRead, markRead, unreadCount } from '../api/notices'

/** The badge text: nothing at zero, "99+" beyond 99. */
export function badgeText(n: number): string {
  return n <= 0 ? '' : n > 99 ? '99+' : String(n)
}

/** Index of 我的 in pages.json's tabBar list. */
export const ME_TAB = 3

export function applyBadge(n: number) {
  const done = { fail: () => {} }
  if (n > 0) uni.setTabBarBadge({ index: ME_TAB, text: badgeText(n), ...done })
  else uni.removeTabBarBadge({ index: ME_TAB, ...done })
}

export const useNoticesStore = defineStore('notices', {
  state: () => ({ unread: 0, available: true }),
  actions: {
    /** Fetches the unread count; a backend without the 消息中心 (404) leaves it at zero and hides the entry. */
    async refresh() {
      try {
        this.unread = (await unreadCount()).unread
        this.available = true
      } catch (e) {
        if (isMissing(e)) {
          this.available = false
          this.unread = 0
        }
      }
      applyBadge(this.unread)
      return this.unread
    },
    async read(id: number) {
      await markRead(id)
      this.unread = Math.max(0, this.unread - 1)
      applyBadge(this.unread)
    },
    async readAll() {
      await markAllRead()
      this.unread = 0
      applyBadge(0)
    },
  },
})
