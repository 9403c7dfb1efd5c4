import type { Page } from './types'

/** The largest page the API serves. */
export const MAX_PAGE = 200

/** Every item of a list endpoint, fetched page by page; throws when a page fails. */
export async function fetchAll<T>(fetchPage: (offset: number) => Promise<Page<T> | undefined>): Promise<T[]> {
  const items: T[] = []
  for (;;) {
    const page = await fetchPage(items.length)
    if (!page) throw new Error('list page failed')
    items.push(...page.items)
    if (page.items.length === 0 || items.length >= page.total) return items
  }
}
