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

/**
 * The first item of a list endpoint that `match` picks, reading page by page until it turns up
 * (for records the API reads only as a list); null when none does, throws when a page fails.
 */
export async function findInPages<T>(
  fetchPage: (offset: number) => Promise<Page<T> | undefined>,
  match: (item: T) => boolean,
): Promise<T | null> {
  let offset = 0
  for (;;) {
    const page = await fetchPage(offset)
    if (!page) throw new Error('list page failed')
    const found = page.items.find(match)
    if (found) return found
    offset += page.items.length
    if (page.items.length === 0 || offset >= page.total) return null
  }
}
