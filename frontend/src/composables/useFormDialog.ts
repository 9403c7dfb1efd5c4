import { ref } from 'vue'
import { formErrors } from '@/api/problem'

/** What sending a form answers: openapi-fetch's result, or the caller's own with its `error`. */
interface Answer {
  /** The refusal (a problem document); undefined when the form went through. */
  error?: unknown
}

/**
 * Sending a form with the quiet client: `saving` for the button while it is on its way, and
 * the field errors of a refusal in `errors` for the el-form-items' `error` prop.
 */
export function useFormDialog() {
  const saving = ref(false)
  const errors = ref<Record<string, string>>({})

  /**
   * Waits for the form being sent and answers what it answered. A refusal shows as field errors,
   * and as a message when it is more than a validation failure (see formErrors). `refused` may
   * show one itself (unmet rules, a conflict): answering true skips that.
   */
  async function submit<A extends Answer>(
    sending: Promise<A>,
    refused?: (answer: NoInfer<A>) => boolean | Promise<boolean>,
  ): Promise<A> {
    saving.value = true
    errors.value = {}
    try {
      const answer = await sending
      if (answer.error !== undefined && !(await refused?.(answer))) errors.value = formErrors(answer.error)
      return answer
    } finally {
      saving.value = false
    }
  }

  return { saving, errors, submit }
}
