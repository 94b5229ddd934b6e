// 隐私协议 in WeChat: before the first privacy API (chooseLocation, getPhoneNumber) the platform calls the handler
// registered in App.vue with a resolve function; the page's PrivacyPopup shows the agreement and its 同意 button
// (open-type="agreePrivacyAuthorization") or 拒绝 answers it. In H5 nothing asks: the agreement is a plain page.
import { defineStore } from 'pinia'

export type PrivacyResolve = (r: { event: 'agree' | 'disagree'; buttonId?: string }) => void

let pending: PrivacyResolve | null = null

export const usePrivacyStore = defineStore('privacy', {
  state: () => ({ asking: false }),
  actions: {
    ask(resolve: PrivacyResolve) {
      pending = resolve
      this.asking = true
    },
    answer(agree: boolean, buttonId?: string) {
      pending?.(agree ? { event: 'agree', buttonId } : { event: 'disagree' })
      pending = null
      this.asking = false
    },
  },
})
