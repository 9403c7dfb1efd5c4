import { ref, watch, type WatchSource } from 'vue'

/**
 * A printed document's data, read again whenever `source` changes: `read` fetches and returns
 * how to show what it found, applied only while no newer reading has started. `loading` holds
 * until the newest reading ends.
 */
export function useDocument<K>(source: WatchSource<K>, read: (key: K) => Promise<(() => void) | undefined>) {
  const loading = ref(true)
  let latest = 0
  watch(
    source,
    async (key) => {
      const ticket = ++latest
      loading.value = true
      try {
        const show = await read(key)
        if (ticket === latest) show?.()
      } finally {
        if (ticket === latest) loading.value = false
      }
    },
    { immediate: true },
  )
  return loading
}
