/** Newest first (the backend sends them so; a page appended later or a tie on the second keeps that order by id). */
export function newestFirst<T extends { id: number; createdAt: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
}
