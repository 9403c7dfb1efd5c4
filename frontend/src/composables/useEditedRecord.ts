import { ref, shallowRef, watch, type Ref } from 'vue'

/** What reading one record answers: openapi-fetch's result. */
interface Read<R> {
  data?: R
  response: Response
}

/**
 * The record an edit dialog changes, read again with its ETag (which a PATCH sends back in
 * If-Match) each time the dialog opens; null while it opens for a new record (`id()` null).
 * `fill` puts the record into the form; `reread` reads it again. A record that cannot be read
 * closes the dialog.
 */
export function useEditedRecord<R>(
  open: Ref<boolean>,
  id: () => number | null,
  read: (id: number) => Promise<Read<R>>,
  fill: (record: R) => void,
) {
  const loaded = shallowRef<{ record: R; etag: string } | null>(null)
  const loading = ref(false)

  /** Reads the record (again, after a change refused as made meanwhile: 412) and fills the form. */
  async function reread() {
    loaded.value = null
    const current = id()
    if (current == null) return
    loading.value = true
    try {
      const { data, response } = await read(current)
      if (!data) {
        open.value = false
        return
      }
      // Without an ETag the PATCH is refused (428) and the server's message says why.
      loaded.value = { record: data, etag: response.headers.get('ETag') ?? '' }
      fill(data)
    } finally {
      loading.value = false
    }
  }

  watch(open, (isOpen) => {
    if (isOpen) void reread()
  })

  return { loaded, loading, reread }
}
