import createClient from 'openapi-fetch'
import type { paths } from './schema'
import { isProblem, type Problem } from './problem'
import { useAuthStore } from '@/stores/auth'

// Token calls skip the main client's middleware: they carry no bearer token, a 401 here
// must not start another refresh, and a login failure belongs to the login form.
const tokenClient = createClient<paths>({ baseUrl: window.location.origin })

export type LoginResult =
  | { ok: true; passwordChangeRequired: boolean; secondFactorEnrollmentRequired: boolean }
  | { ok: false; problem: Problem | null; retryAfterSeconds: number | null }

/**
 * The password grant. `otp` (the authenticator app's code or a recovery code) only once the
 * server has answered `second-factor-required` for the right password.
 */
export async function login(username: string, password: string, otp?: string): Promise<LoginResult> {
  const { data, error, response } = await tokenClient.POST('/api/v1/auth/token', {
    body: { grant_type: 'password', username, password, otp, refresh_cookie: true },
  })
  if (data) {
    useAuthStore().setTokens(data)
    return {
      ok: true,
      passwordChangeRequired: data.password_change_required,
      secondFactorEnrollmentRequired: data.second_factor_enrollment_required,
    }
  }
  const retryAfter = Number(response.headers.get('Retry-After'))
  return {
    ok: false,
    problem: isProblem(error) ? error : null,
    retryAfterSeconds: retryAfter > 0 ? retryAfter : null,
  }
}

let refreshing: Promise<boolean> | null = null

/**
 * Trades the refresh token (in the HttpOnly cookie the browser sends along) for new tokens.
 * Each refresh rotates the cookie, and presenting a replaced one ends every session, so
 * concurrent callers share one request and tabs take turns (the next tab sends the new one).
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= takeTurn().finally(() => {
    refreshing = null
  })
  return refreshing
}

function takeTurn(): Promise<boolean> {
  if (!navigator.locks) return refreshOnce()
  // The lock's typing wraps the callback's promise once more; awaiting unwraps it.
  return navigator.locks.request('dangjian.refresh', refreshOnce).then((done) => done)
}

async function refreshOnce(): Promise<boolean> {
  const auth = useAuthStore()
  if (!auth.loggedIn) return false
  try {
    const { data } = await tokenClient.POST('/api/v1/auth/token', { body: { grant_type: 'refresh_token' } })
    if (!data) return false
    auth.setTokens(data)
    return true
  } catch {
    return false
  }
}

/** Ends the session here at once; ending it on the server (and its cookie) is best effort. */
export async function logout(): Promise<void> {
  const auth = useAuthStore()
  const { accessToken } = auth
  auth.clear()
  await tokenClient
    .POST('/api/v1/auth/logout', {
      body: {},
      headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
    })
    .catch(() => undefined)
}
