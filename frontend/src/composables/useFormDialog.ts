import { provide, reactive, ref, watch, type InjectionKey, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
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
export function useFormSubmit() {
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

/** What useFormDialog hands the FormDialog in the template of the component that calls it. */
export const formDialogKey: InjectionKey<{ open: Ref<boolean>; form: Record<string, unknown>; saving: Ref<boolean> }> =
  Symbol('formDialog')

/**
 * A form in a dialog (FormDialog, which shows while `open` and takes `form` and `saving` from
 * here): `form` starts again from `blank()` and the errors of the last refusal go each time it opens.
 */
export function useFormDialog<F extends object>(open: Ref<boolean>, blank: () => F) {
  const { saving, errors, submit } = useFormSubmit()
  const form = reactive(blank())
  provide(formDialogKey, { open, form: form as Record<string, unknown>, saving })

  watch(open, (isOpen) => {
    if (!isOpen) return
    Object.assign(form, blank())
    errors.value = {}
  })

  /** Says the form went through and closes the dialog. */
  function close(message: string) {
    ElMessage({ type: 'success', message })
    open.value = false
  }

  /** `submit`, and `close` with `done` once the form went through. */
  async function send<A extends Answer>(
    sending: Promise<A>,
    done: string,
    refused?: (answer: NoInfer<A>) => boolean | Promise<boolean>,
  ): Promise<A> {
    const answer = await submit(sending, refused)
    if (answer.error === undefined) close(done)
    return answer
  }

  return { form, saving, errors, submit, send, close }
}
