import createClient, { type Middleware } from 'openapi-fetch'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import type { paths } from './schema'
import { isProblem, problemCode, problemText, type Problem } from './problem'
import { refreshSession } from './session'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'

const { t } = i18n.global

// Unread copies of outgoing requests: fetch consumes the body, and a request refused
// with 401 is sent once more after the tokens are refreshed.
const replays = new WeakMap<Request, Request>()

function withBearer(request: Request): Request {
  const token = useAuthStore().accessToken
  if (token) request.headers.set('Authorization', `Bearer ${token}`)
  return request
}

async function retryAfterRefresh(request: Request, fetch: typeof globalThis.fetch): Promise<Response | null> {
  const replay = replays.get(request)
  if (!replay || !(await refreshSession())) return null
  const response = await fetch(withBearer(replay))
  return response.status === 401 ? null : response
}

function endSession() {
  const auth = useAuthStore()
  // Only the first of several refused requests tells the user; App.vue goes to /login.
  if (auth.loggedIn) ElMessage({ type: 'warning', message: t('error.sessionExpired'), grouping: true })
  auth.clear()
}

/** The problem document of an error answer, read from a copy so the caller still gets the body. */
async function readProblem(response: Response): Promise<Problem | null> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null)
  return isProblem(body) ? body : null
}

async function showError(response: Response) {
  const problem = await readProblem(response)
  let message = problem ? problemText(problem) : `${t('error.request')} (HTTP ${response.status})`
  // Rate limits and locks say how long to wait.
  const retryAfter = Number(response.headers.get('Retry-After'))
  if (retryAfter > 0) message += t('error.retryIn', { seconds: Math.ceil(retryAfter) })
  ElMessage({ type: 'error', message, grouping: true })
}

/**
 * A 403 `password-change-required` or `second-factor-enrollment-required`: the account may do
 * nothing but that first. App.vue then opens the page for it, which explains why, so no message here.
 */
async function requiresFirstStep(response: Response): Promise<boolean> {
  if (response.status !== 403) return false
  const problem = await readProblem(response)
  const code = problem ? problemCode(problem) : null
  const auth = useAuthStore()
  if (code === 'password-change-required') auth.passwordChangeRequired = true
  else if (code === 'second-factor-enrollment-required') auth.secondFactorEnrollmentRequired = true
  else return false
  return true
}

/**
 * Bearer token, one refresh-and-retry on 401, the change-password or second-factor page on a
 * 403 that asks for it, and (when `toast`) a message for any other error.
 */
function sessionMiddleware(toast: boolean): Middleware {
  return {
    onRequest({ request }) {
      replays.set(request, withBearer(request).clone())
      return request
    },
    async onResponse({ request, response, options }) {
      let final = response
      if (final.status === 401) {
        const retried = await retryAfterRefresh(request, options.fetch)
        if (!retried) {
          endSession()
          return final
        }
        final = retried
      }
      if (await requiresFirstStep(final)) return final
      if (toast && !final.ok) await showError(final)
      return final
    },
    onError() {
      if (toast) ElMessage({ type: 'error', message: t('error.network'), grouping: true })
    },
  }
}

// Same origin: the Rust server serves this app, and vite proxies the API in dev.
const baseUrl = window.location.origin

/** The API client: every error answer is shown to the user as a message. */
export const api = createClient<paths>({ baseUrl })
api.use(sessionMiddleware(true))

/** For look-ups whose failure the page handles itself (e.g. the name of a linked record). */
export const quietApi = createClient<paths>({ baseUrl })
quietApi.use(sessionMiddleware(false))
