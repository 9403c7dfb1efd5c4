import { ref, shallowRef, watch } from 'vue'
import type { Page } from '@/api/types'

/** Server-side paging for a table: `limit`/`offset` from the pager, newest answer wins. */
export function usePagedList<T>(fetchPage: (limit: number, offset: number) => Promise<Page<T> | undefined>) {
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const page = ref(1)
  const pageSize = ref(20)
  const loading = ref(false)
  let latest = 0

  async function load() {
    const ticket = ++latest
    loading.value = true
    try {
      const result = await fetchPage(pageSize.value, (page.value - 1) * pageSize.value)
      // A slower, older answer must not overwrite the page the user asked for last.
      if (ticket === latest && result) {
        items.value = result.items
        total.value = result.total
      }
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  /** Loads from the first page again, for changed filters. */
  function reload() {
    if (page.value === 1) void load()
    else page.value = 1
  }

  watch([page, pageSize], () => void load())

  return { items, total, page, pageSize, loading, load, reload }
}
