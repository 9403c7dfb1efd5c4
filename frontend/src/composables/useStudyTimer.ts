import { computed, onBeforeUnmount, ref } from 'vue'

/**
 * The time a member spends studying a course on its page: it counts while the page is visible
 * and stops while the member is in another tab or app (`visibilitychange`), so the minutes sent
 * with a completion are minutes the material was in front of them. Ticks each second for the
 * clock on the page.
 */
export function useStudyTimer() {
  const visible = () => document.visibilityState === 'visible'
  /** Time counted in the stretches that have ended. */
  const counted = ref(0)
  /** When the current visible stretch began; null while the page is hidden. */
  const since = ref<number | null>(visible() ? Date.now() : null)
  const now = ref(Date.now())

  function follow() {
    const at = Date.now()
    if (visible()) since.value ??= at
    else if (since.value != null) {
      counted.value += at - since.value
      since.value = null
    }
    now.value = at
  }
  document.addEventListener('visibilitychange', follow)
  const tick = window.setInterval(() => (now.value = Date.now()), 1000)
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', follow)
    window.clearInterval(tick)
  })

  /** Milliseconds spent on the page so far. */
  const elapsed = computed(() => counted.value + (since.value == null ? 0 : Math.max(0, now.value - since.value)))
  return { elapsed }
}
