import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { isKnown } from '@/api/codes'
import type { Action, Me, Role, TokenResponse } from '@/api/types'

const STORAGE_KEY = 'dangjian.auth'

// The refresh token never reaches script: the server keeps it in an HttpOnly cookie.
interface SavedTokens {
  accessToken: string | null
  /** Kept with the tokens: only the token answer says these, GET /api/v1/me does not. */
  passwordChangeRequired: boolean
  secondFactorEnrollmentRequired: boolean
}

function readSaved(): SavedTokens {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<SavedTokens>
    return {
      accessToken: saved.accessToken ?? null,
      passwordChangeRequired: saved.passwordChangeRequired === true,
      secondFactorEnrollmentRequired: saved.secondFactorEnrollmentRequired === true,
    }
  } catch {
    return { accessToken: null, passwordChangeRequired: false, secondFactorEnrollmentRequired: false }
  }
}

/** The signed-in session: tokens (kept across reloads) and the caller from GET /api/v1/me. */
export const useAuthStore = defineStore('auth', () => {
  const saved = readSaved()
  const accessToken = ref(saved.accessToken)
  const me = ref<Me | null>(null)
  /**
   * The server answers nothing but GET /api/v1/me and the password change until the password
   * is changed (an initial password, or an administrator's expired one).
   */
  const passwordChangeRequired = ref(saved.passwordChangeRequired)
  /**
   * Likewise until an administrator has set up its second factor (GET /api/v1/me, the password
   * change and the second-factor set-up still answer). A due password change comes first.
   */
  const secondFactorEnrollmentRequired = ref(saved.secondFactorEnrollmentRequired)

  watch(
    [accessToken, passwordChangeRequired, secondFactorEnrollmentRequired],
    ([access, changeRequired, enrollmentRequired]) => {
      const tokens: SavedTokens = {
        accessToken: access,
        passwordChangeRequired: changeRequired,
        secondFactorEnrollmentRequired: enrollmentRequired,
      }
      if (access) localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens))
      else localStorage.removeItem(STORAGE_KEY)
    },
    { flush: 'sync' },
  )

  const loggedIn = computed(() => accessToken.value !== null)

  function setTokens(tokens: TokenResponse) {
    accessToken.value = tokens.access_token
    passwordChangeRequired.value = tokens.password_change_required
    secondFactorEnrollmentRequired.value = tokens.second_factor_enrollment_required
  }

  function clear() {
    accessToken.value = null
    me.value = null
    passwordChangeRequired.value = false
    secondFactorEnrollmentRequired.value = false
  }

  /** Who the account is (an administrator, say); what it may do is `can`. */
  function hasAnyRole(roles: readonly Role[]): boolean {
    return me.value?.roles.some((role) => isKnown(roles, role)) ?? false
  }

  // What the server's policy allows the caller, as GET /api/v1/me lists it: the pages and
  // buttons follow the server instead of a copy of its role table.
  function can(action: Action): boolean {
    return me.value?.permissions.includes(action) ?? false
  }

  function canAny(actions: readonly Action[]): boolean {
    return actions.some(can)
  }

  return {
    accessToken,
    me,
    passwordChangeRequired,
    secondFactorEnrollmentRequired,
    loggedIn,
    setTokens,
    clear,
    hasAnyRole,
    can,
    canAny,
  }
})
