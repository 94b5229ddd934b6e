import { defineStore } from 'pinia'
import { listBranches, listCategories } from '../api/refs'
import type { BranchView, CategoryView } from '../api/types'

/** Branches and categories, loaded once per session for filters and names. */
export const useRefsStore = defineStore('refs', {
  state: () => ({ branches: [] as BranchView[], categories: [] as CategoryView[], loaded: false }),
  getters: {
    branchName: (s) => (id: number | null | undefined) => s.branches.find((b) => b.id === id)?.name ?? (id ? `#${id}` : '—'),
  },
  actions: {
    async ensure(force = false) {
      if (this.loaded && !force) return
      const [branches, categories] = await Promise.all([
        listBranches(),
        listCategories(),
      ])
      this.branches = branches
      this.categories = categories
      this.loaded = true
    },
  },
})
