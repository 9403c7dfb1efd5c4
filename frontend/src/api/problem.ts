import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { i18n } from '@/i18n'

/** One field error of a 422 answer. */
export interface FieldProblem {
  field: string
  code: string
  message: string
  /** For file imports: the spreadsheet row (1 = the header row). */
  row?: number | null
  /** The values the message is made of (dates, counts), for rendering `code` in the reader's language. */
  params?: Record<string, string> | null
}

/** RFC 9457 problem document: the body of every API error. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string | null
  errors?: FieldProblem[] | null
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value
}

/** The code of a problem type (`/problems/transfer-expired` → `transfer-expired`). */
export function problemCode(problem: Problem): string {
  return problem.type.replace(/^\/problems\//, '')
}

/** The server's own words (English) are shown to English readers only. */
function readsEnglish(): boolean {
  return i18n.global.locale.value === 'en'
}

/** The problem code that stands for an HTTP status, for a type this build does not know yet. */
function statusCode(status: number): string | null {
  const codes: Record<number, string> = {
    400: 'bad-request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not-found',
    405: 'method-not-allowed',
    409: 'conflict',
    412: 'precondition-failed',
    413: 'payload-too-large',
    415: 'unsupported-media-type',
    422: 'validation-failed',
    428: 'precondition-required',
    429: 'rate-limited',
    503: 'unavailable',
  }
  return codes[status] ?? (status >= 500 ? 'internal' : null)
}

/**
 * A problem in the UI's language, by its type code (`/problems/<code>`). A code this build does
 * not know yet: the server's words for English readers, else what its HTTP status says.
 */
export function problemText(problem: Problem): string {
  const { t, te } = i18n.global
  const key = `problem.${problemCode(problem)}`
  if (te(key)) return t(key)
  if (readsEnglish()) return problem.detail ? `${problem.title}: ${problem.detail}` : problem.title
  const byStatus = statusCode(problem.status)
  return byStatus ? t(`problem.${byStatus}`) : t('error.request')
}

/** An error answer (a problem document or anything else) as a message. */
export function showProblem(problem: unknown) {
  const message = isProblem(problem) ? problemText(problem) : i18n.global.t('error.request')
  ElMessage({ type: 'error', message, grouping: true })
}

/**
 * The text of one field error: codes the UI knows (validation codes, and rule codes as an
 * import report gives them) in its language, filled with the error's `params` when it has
 * them (`errors.<code>` are the templates made of them); others keep the server's message for
 * English readers and say "invalid value" to the others.
 */
export function errorText(code: string, message: string, params?: Record<string, string> | null): string {
  const { t, te } = i18n.global
  const values = params ?? {}
  const keys = Object.keys(values).length ? [`errors.${code}`] : []
  for (const key of [...keys, `validation.${code}`, `problem.${code}`]) {
    if (te(key)) return t(key, values)
  }
  return readsEnglish() ? message : t('validation.invalid_value')
}

/**
 * Field errors of a 422 answer as `{field: message}` for el-form-item's `error` prop.
 * A rule refusal names its field with the code `rule`: the problem type says which rule.
 * Several errors on one field (a password breaking more than one rule) are all shown.
 */
export function fieldErrors(problem: unknown): Record<string, string> {
  if (!isProblem(problem)) return {}
  const texts: Record<string, string[]> = {}
  for (const { field, code, message, params } of problem.errors ?? []) {
    const text = errorText(code === 'rule' ? problemCode(problem) : code, message, params)
    const list = (texts[field] ??= [])
    if (!list.includes(text)) list.push(text)
  }
  const separator = i18n.global.t('common.listSeparator')
  return Object.fromEntries(Object.entries(texts).map(([field, list]) => [field, list.join(separator)]))
}

/**
 * For forms sent with the quiet client: field errors for the el-form-items, and any refusal
 * other than a plain validation failure (a rule, a conflict) also as a message.
 */
export function formErrors(problem: unknown): Record<string, string> {
  if (!isProblem(problem)) {
    ElMessage({ type: 'error', message: i18n.global.t('error.request'), grouping: true })
  } else if (problemCode(problem) !== 'validation-failed') {
    ElMessage({ type: 'error', message: problemText(problem), grouping: true })
  }
  return fieldErrors(problem)
}

/**
 * Whether a record read with the quiet client does not exist or lies outside the caller's scope
 * (404: the page then says so in place of the record). Any other refusal is shown as a message;
 * a 401 has already ended the session and said so.
 */
export function recordMissing(answer: { error?: unknown; response: Response }): boolean {
  if (answer.response.status === 404) return true
  if (answer.error !== undefined && answer.response.status !== 401) showProblem(answer.error)
  return false
}
