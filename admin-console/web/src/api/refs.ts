// Reference data every page uses: the branches and the book categories.
import { http } from './index'
import type { BranchView, CategoryView } from './types'

export const listBranches = () => http.get<BranchView[]>('/api/admin/branches')

export const listCategories = () => http.get<CategoryView[]>('/api/admin/categories')
