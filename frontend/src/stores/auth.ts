import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { Me, Role, TokenResponse } from '@/api/types'

const STORAGE_KEY = 'dangjian.auth'

interface SavedTokens {
  accessToken: string | null
  refreshToken: string | null
}

function readSaved(): SavedTokens {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<SavedTokens>
    return { accessToken: saved.accessToken ?? null, refreshToken: saved.refreshToken ?? null }
  } catch {
    return { accessToken: null, refreshToken: null }
  }
}

/** The signed-in session: tokens (kept across reloads) and the caller from GET /api/v1/me. */
export const useAuthStore = defineStore('auth', () => {
  const saved = readSaved()
  const accessToken = ref(saved.accessToken)
  const refreshToken = ref(saved.refreshToken)
  const me = ref<Me | null>(null)

  // Written synchronously so a reload right after a refresh never sends the old, rotated token.
  watch(
    [accessToken, refreshToken],
    ([access, refresh]) => {
      if (access) localStorage.setItem(STORAGE_KEY, JSON.stringify({ accessToken: access, refreshToken: refresh }))
      else localStorage.removeItem(STORAGE_KEY)
    },
    { flush: 'sync' },
  )

  const loggedIn = computed(() => accessToken.value !== null)

  function setTokens(tokens: TokenResponse) {
    accessToken.value = tokens.access_token
    // Refresh tokens rotate: each refresh answer carries the only valid next one.
    refreshToken.value = tokens.refresh_token ?? null
  }

  function clear() {
    accessToken.value = null
    refreshToken.value = null
    me.value = null
  }

  function hasAnyRole(roles: readonly Role[]): boolean {
    return me.value?.roles.some((role) => roles.includes(role)) ?? false
  }

  return { accessToken, refreshToken, me, loggedIn, setTokens, clear, hasAnyRole }
})
