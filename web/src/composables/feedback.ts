// Messages and dialogs usable anywhere (stores, socket handlers), themed like the app.
import { createDiscreteApi, darkTheme } from 'naive-ui'
import type { ConfigProviderProps } from 'naive-ui'
import { computed } from 'vue'
import { ApiError } from '@/api/http'
import { errorText, i18n } from '@/i18n'
import { usePrefs } from '@/stores/prefs'

function create() {
  const prefs = usePrefs()
  const config = computed<ConfigProviderProps>(() => ({ theme: prefs.theme === 'dark' ? darkTheme : null }))
  return createDiscreteApi(['message', 'dialog', 'notification'], { configProviderProps: config })
}

let api: ReturnType<typeof create> | null = null

function discrete(): ReturnType<typeof create> {
  api ??= create()
  return api
}

export const toast = {
  success: (text: string) => discrete().message.success(text),
  info: (text: string) => discrete().message.info(text),
  error: (text: string) => discrete().message.error(text, { duration: 6000 }),
}

export function dialog() {
  return discrete().dialog
}

export function notification() {
  return discrete().notification
}

/** The text to show for any failure: the API's code translated, or its message. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) return errorText(error.code, error.message)
  if (error instanceof TypeError) return i18n.global.t('errors.network')
  if (error && typeof error === 'object' && 'code' in error) {
    const frame = error as { code: string; message?: string }
    return errorText(frame.code, frame.message ?? frame.code)
  }
  return String(error)
}

export function reportError(error: unknown): void {
  toast.error(describe(error))
}

/** Asks before a destructive action; resolves true when confirmed. */
export function confirm(title: string, content: string): Promise<boolean> {
  return new Promise((resolve) => {
    discrete().dialog.warning({
      title,
      content,
      positiveText: i18n.global.t('common.confirm'),
      negativeText: i18n.global.t('common.cancel'),
      onPositiveClick: () => resolve(true),
      onNegativeClick: () => resolve(false),
      onClose: () => resolve(false),
      onMaskClick: () => resolve(false),
    })
  })
}
