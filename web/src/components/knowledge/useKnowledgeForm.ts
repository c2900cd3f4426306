// useApiForm for the knowledge editors: the form's own checks (the API's limits) before
// sending, and the service's refusals that name a field (`details.field`: question_taken,
// external_id_taken, unknown_category, empty_answer, category_name_taken …) shown at it.
import { ref } from 'vue'
import { ApiError } from '@/api/http'
import { useApiForm } from '@/composables/useApiForm'
import { describe } from '@/composables/feedback'
import { i18n } from '@/i18n'
import type { Problems } from './model'

export function useKnowledgeForm() {
  const form = useApiForm()
  const failure = ref<ApiError | null>(null)

  async function submit<T>(call: () => Promise<T>, problems: Problems = {}): Promise<T | undefined> {
    failure.value = null
    if (Object.keys(problems).length) {
      form.clear()
      Object.assign(form.fieldErrors, problems)
      form.error.value = i18n.global.t('errors.validation_error')
      return undefined
    }
    const result = await form.submit(async () => {
      try {
        return await call()
      } catch (error) {
        if (error instanceof ApiError) failure.value = error
        throw error
      }
    })
    const last = failure.value as ApiError | null // set by the call above
    const details = last?.details
    if (details && typeof details === 'object' && !Array.isArray(details)) {
      const field = (details as { field?: unknown }).field
      if (typeof field === 'string') form.fieldErrors[field] = describe(last)
    }
    return result
  }

  function clear(): void {
    failure.value = null
    form.clear()
  }

  /** The failure's code when it is `code`, so a form can offer what fits (reload, overwrite). */
  function failed(code: string): ApiError | null {
    return failure.value?.code === code ? failure.value : null
  }

  return { ...form, submit, clear, failure, failed }
}
