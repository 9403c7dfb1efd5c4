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

/** A problem in the UI's language when it knows the type (rule refusals); otherwise the server's words. */
export function problemText(problem: Problem): string {
  const { t, te } = i18n.global
  const key = `problem.${problemCode(problem)}`
  if (te(key)) return t(key)
  return problem.detail ? `${problem.title}：${problem.detail}` : problem.title
}

/**
 * The text of one field error: codes the UI knows (validation codes, and rule codes as an
 * import report gives them) in its language; others keep the server's message.
 */
export function errorText(code: string, message: string): string {
  const { t, te } = i18n.global
  for (const key of [`validation.${code}`, `problem.${code}`]) {
    if (te(key)) return t(key)
  }
  return message
}

/**
 * Field errors of a 422 answer as `{field: message}` for el-form-item's `error` prop.
 * A rule refusal names its field with the code `rule`: the problem type says which rule.
 * Several errors on one field (a password breaking more than one rule) are all shown.
 */
export function fieldErrors(problem: unknown): Record<string, string> {
  if (!isProblem(problem)) return {}
  const texts: Record<string, string[]> = {}
  for (const { field, code, message } of problem.errors ?? []) {
    const text = errorText(code === 'rule' ? problemCode(problem) : code, message)
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
