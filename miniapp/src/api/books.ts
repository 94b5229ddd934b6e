import { request } from './http'
import type { BookHit, BookReviews, BookView, BranchView, CategoryView, Home, Page } from './types'

export const home = (branchId?: number) => request<Home>('/api/app/home', { query: { branchId } })

export const searchBooks = (q: { q?: string; categoryId?: number; branchId?: number; availableOnly?: boolean; page?: number; size?: number }) =>
  request<Page<BookHit>>('/api/app/books', { query: q })

export const book = (id: number) => request<BookView>(`/api/app/books/${id}`)

export const alsoBorrowed = (id: number) => request<BookView[]>(`/api/app/books/${id}/also-borrowed`, { query: { limit: 6 }, silent: true })

export const reviews = (id: number, page = 1) => request<BookReviews>(`/api/app/books/${id}/reviews`, { query: { page, size: 10 } })

export const categories = () => request<CategoryView[]>('/api/app/categories')

export const branches = () => request<BranchView[]>('/api/app/branches')
