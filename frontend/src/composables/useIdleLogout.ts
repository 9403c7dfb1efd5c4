import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { useAuthStore } from '@/stores/auth'

/** Without `idle_logout_minutes` in GET /api/v1/me (servers older than the field). */
export const DEFAULT_IDLE_MINUTES = 30
/** The warning comes this long before the logout. */
const WARNING_MS = 60_000
/** Last activity of any tab of the app, so that working in one tab keeps the others signed in. */
const STORAGE_KEY = 'dangjian.activity'
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Ends the session after the server's idle time (`idle_logout_minutes` of GET /api/v1/me, 30
 * minutes without it) with no pointer or key activity in any tab; `warning` is set during the
 * last minute, with `secondsLeft`. Any activity starts the time again.
 */
export function useIdleLogout(timedOut: () => void) {
  const auth = useAuthStore()
  const minutes = computed(() => {
    // Older servers do not send it, whatever the contract says.
    const value: unknown = auth.me?.idle_logout_minutes
    return typeof value === 'number' && value > 0 ? value : DEFAULT_IDLE_MINUTES
  })
  const warning = ref(false)
  const secondsLeft = ref(0)
  let last = Date.now()

  function touch() {
    const now = Date.now()
    // Pointer moves come by the hundred: note them once a second.
    if (now - last < 1000 && !warning.value) return
    last = now
    warning.value = false
    try {
      localStorage.setItem(STORAGE_KEY, String(now))
    } catch {
      // Storage may be full or blocked: this tab still counts its own activity.
    }
  }

  function lastActivity(): number {
    const shared = Number(localStorage.getItem(STORAGE_KEY)) || 0
    return Math.max(last, shared)
  }

  let timer: number | undefined
  function check() {
    const left = minutes.value * 60_000 - (Date.now() - lastActivity())
    if (left <= 0) {
      stop()
      warning.value = false
      timedOut()
    } else if (left <= WARNING_MS) {
      warning.value = true
      secondsLeft.value = Math.ceil(left / 1000)
    } else {
      warning.value = false
    }
  }

  function stop() {
    window.clearInterval(timer)
    for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch)
  }

  onMounted(() => {
    touch()
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true })
    timer = window.setInterval(check, 1000)
  })
  onBeforeUnmount(stop)

  return { warning, secondsLeft, minutes, stay: touch }
}
