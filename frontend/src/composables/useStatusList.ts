import { computed, ref, shallowRef, watch, type WatchSource } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchAll } from '@/api/paging'
import type { Page } from '@/api/types'

/**
 * A list read whole from the server (a scope's records are few), then filtered, counted by status
 * for the tabs and paged here; the newest answer wins. `keep` holds the filters the server does
 * not take; the page goes back to the first when the status or `resetOn` changes.
 */
export function useStatusList<T, S extends string>(options: {
  fetchPage: (offset: number) => Promise<Page<T> | undefined>
  statuses: readonly S[]
  statusOf: (item: T) => S
  statusLabel: (status: S) => string
  keep: (item: T) => boolean
  resetOn: WatchSource[]
}) {
  const { t } = useI18n()
  const all = shallowRef<T[]>([])
  const loading = ref(false)
  let latest = 0

  async function load() {
    const ticket = ++latest
    loading.value = true
    try {
      const found = await fetchAll(options.fetchPage).catch(() => null)
      if (ticket === latest && found) all.value = found
    } finally {
      if (ticket === latest) loading.value = false
    }
  }
  void load()

  const status = ref<S | 'all'>('all')
  const kept = computed(() => all.value.filter(options.keep))
  const tabs = computed(() => [
    { value: 'all' as const, label: t('common.all'), count: kept.value.length },
    ...options.statuses.map((code) => ({
      value: code,
      label: options.statusLabel(code),
      count: kept.value.filter((item) => options.statusOf(item) === code).length,
    })),
  ])
  const shown = computed(() => kept.value.filter((item) => status.value === 'all' || options.statusOf(item) === status.value))

  const page = ref(1)
  const pageSize = ref(20)
  const items = computed(() => shown.value.slice((page.value - 1) * pageSize.value, page.value * pageSize.value))
  watch([status, ...options.resetOn], () => (page.value = 1))

  /** Reads the list again for changed server filters, from the first page. */
  function search() {
    page.value = 1
    void load()
  }

  return { loading, status, tabs, shown, page, pageSize, items, load, search }
}
