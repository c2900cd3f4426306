// useApiForm, plus the failed call's ApiError, so a form can list what `details` names
// (a password's missing requirements, the permissions a role would add).
import { ref } from 'vue'
import { ApiError } from '@/api/http'
import { useApiForm } from '@/composables/useApiForm'

export function useDetailedForm() {
  const form = useApiForm()
  const failure = ref<ApiError | null>(null)

  async function submit<T>(call: () => Promise<T>): Promise<T | undefined> {
    failure.value = null
    return form.submit(async () => {
      try {
        return await call()
      } catch (error) {
        if (error instanceof ApiError) failure.value = error
        throw error
      }
    })
  }

  function clear(): void {
    failure.value = null
    form.clear()
  }

  return { ...form, submit, clear, failure }
}
