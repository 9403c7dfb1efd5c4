import { i18n } from '@/i18n'

/** One field error of a 422 answer. */
export interface FieldProblem {
  field: string
  code: string
  message: string
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

export function problemText(problem: Problem): string {
  return problem.detail ? `${problem.title}：${problem.detail}` : problem.title
}

/**
 * Field errors of a 422 answer as `{field: message}` for el-form-item's `error` prop.
 * Codes the UI knows are shown in its language; others keep the server's message.
 */
export function fieldErrors(problem: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isProblem(problem)) return out
  const { t, te } = i18n.global
  for (const { field, code, message } of problem.errors ?? []) {
    out[field] ??= te(`validation.${code}`) ? t(`validation.${code}`) : message
  }
  return out
}
