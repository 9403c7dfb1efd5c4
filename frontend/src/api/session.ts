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
    body: { grant_type: 'password', username, password, otp },
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

/** Trades the refresh token for new tokens; concurrent callers share one request. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= refreshOnce().finally(() => {
    refreshing = null
  })
  return refreshing
}

async function refreshOnce(): Promise<boolean> {
  const auth = useAuthStore()
  if (!auth.refreshToken) return false
  try {
    const { data } = await tokenClient.POST('/api/v1/auth/token', {
      body: { grant_type: 'refresh_token', refresh_token: auth.refreshToken },
    })
    if (!data) return false
    auth.setTokens(data)
    return true
  } catch {
    return false
  }
}

/** Ends the session here at once; revoking the refresh token on the server is best effort. */
export async function logout(): Promise<void> {
  const auth = useAuthStore()
  const { accessToken, refreshToken } = auth
  auth.clear()
  if (!refreshToken) return
  await tokenClient
    .POST('/api/v1/auth/logout', {
      body: { refresh_token: refreshToken },
      headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
    })
    .catch(() => undefined)
}
