// The catalogue: books, their copies per branch, Excel import / template / export.
import { http } from './index'
import type { Query } from './http'
import type { BookDetail, BookView, CopyStatus, ImportReport, PageResult } from './types'

export interface BookInput {
  isbn: string
  title: string
  author: string
  publisher: string | null
  publishYear: number | null
  categoryId: number | null
  summary: string | null
  coverUrl: string | null
  price: number | null
}

export const listBooks = (q: Query) => http.get<PageResult<BookView>>('/api/admin/books', q)

export const getBook = (id: number) => http.get<BookDetail>(`/api/admin/books/${id}`)

export const createBook = (body: BookInput) => http.post<unknown>('/api/admin/books', body)

export const updateBook = (id: number, body: BookInput & { version: number }) => http.put<unknown>(`/api/admin/books/${id}`, body)

export const deleteBook = (id: number) => http.del<unknown>(`/api/admin/books/${id}`)

export function addCopies(bookId: number, body: { branchId: number; count: number; shelfLocation: string | null }) {
  return http.post<unknown>(`/api/admin/books/${bookId}/copies`, body)
}

export const setCopyStatus = (copyId: number, status: CopyStatus) => http.put<unknown>(`/api/admin/copies/${copyId}/status`, { status })

/** Uploads an .xlsx (multipart, field `file`). */
export function importBooks(file: File) {
  const data = new FormData()
  data.append('file', file)
  return http.post<ImportReport>('/api/admin/books/import', data)
}

export const downloadImportTemplate = () => http.download('/api/admin/books/import-template', undefined, '书目导入模板.xlsx')

export const exportBooks = (q: Query) => http.download('/api/admin/books/export', q, '书目导出.xlsx')
