import createClient, { type Middleware } from 'openapi-fetch'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import type { paths } from './schema'
import { isProblem, problemText } from './problem'
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

async function showError(response: Response) {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null)
  const message = isProblem(body) ? problemText(body) : `${t('error.request')} (HTTP ${response.status})`
  ElMessage({ type: 'error', message, grouping: true })
}

/** Bearer token, one refresh-and-retry on 401, and (when `toast`) a message for any other error. */
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
