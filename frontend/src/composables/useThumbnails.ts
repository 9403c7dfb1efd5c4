import { onBeforeUnmount, reactive, watch } from 'vue'
import { isPhoto } from '@/api/attachments'

/** A kept file as the API lists it. */
interface KeptFile {
  id: number
  media_type: string
}

/**
 * Thumbnails of the photos among a list of kept files, by file id: blob URLs of bytes fetched
 * through the API client (a plain `<img src>` could not send the bearer token), made once each
 * and revoked when the file leaves the list or the component goes. A photo that could not be
 * read gets none (its type badge instead).
 */
export function useThumbnails<T extends KeptFile>(files: () => T[], fetchBlob: (file: T) => Promise<Blob | null>) {
  const thumbnails = reactive<Record<number, string>>({})
  const fetching = new Set<number>()
  let unmounted = false

  watch(
    files,
    (list) => {
      const ids = new Set(list.map((file) => file.id))
      for (const id of Object.keys(thumbnails).map(Number)) {
        if (ids.has(id)) continue
        URL.revokeObjectURL(thumbnails[id])
        delete thumbnails[id]
      }
      for (const file of list) {
        if (!isPhoto(file.media_type) || file.id in thumbnails || fetching.has(file.id)) continue
        fetching.add(file.id)
        void fetchBlob(file).then((blob) => {
          fetching.delete(file.id)
          if (!blob || unmounted || !files().some((kept) => kept.id === file.id)) return
          thumbnails[file.id] = URL.createObjectURL(blob)
        })
      }
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    unmounted = true
    for (const url of Object.values(thumbnails)) URL.revokeObjectURL(url)
  })

  return thumbnails
}
