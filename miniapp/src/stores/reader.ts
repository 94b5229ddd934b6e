// The signed-in reader's profile (card type, delivery eligibility), shared by 首页, 借书车 and 我的.
import { defineStore } from 'pinia'
import { me } from '../api/me'
import type { ReaderView } from '../api/types'

export const useReaderStore = defineStore('reader', {
  state: () => ({ me: null as ReaderView | null }),
  getters: {
    mayDeliver: (s) => s.me?.deliveryEligibility === 'APPROVED',
  },
  actions: {
    async refresh() {
      this.me = await me()
      return this.me
    },
    async ensure() {
      return this.me ?? this.refresh()
    },
  },
})
