// A form bound to an API call: the API's own validation messages next to the fields, its
// other errors above the form, and the user's input left as typed when the call fails.
import { reactive, ref } from 'vue'
import { ApiError } from '@/api/http'
import { describe } from './feedback'

export function useApiForm() {
  const fieldErrors = reactive<Record<string, string>>({})
  const error = ref<string | null>(null)
  const busy = ref(false)

  function clear(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
    error.value = null
  }

  /** Runs `call`; on failure records the errors and returns undefined. */
  async function submit<T>(call: () => Promise<T>): Promise<T | undefined> {
    clear()
    busy.value = true
    try {
      return await call()
    } catch (failure) {
      if (failure instanceof ApiError) Object.assign(fieldErrors, failure.fieldErrors())
      error.value = describe(failure)
      return undefined
    } finally {
      busy.value = false
    }
  }

  /** Props for an NFormItem: `v-bind="field('email')"`. Nested paths match by prefix. */
  function field(path: string): { validationStatus?: 'error'; feedback?: string } {
    const hit = Object.entries(fieldErrors).find(([key]) => key === path || key.startsWith(`${path}.`))
    return hit ? { validationStatus: 'error', feedback: hit[1] } : {}
  }

  return { fieldErrors, error, busy, submit, field, clear }
}
