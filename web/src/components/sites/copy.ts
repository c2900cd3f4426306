// Copies text, falling back to a hidden text area where the Clipboard API is refused.
import { i18n } from '@/i18n'
import { toast } from '@/composables/feedback'

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    document.execCommand('copy')
    area.remove()
  }
  toast.success(i18n.global.t('common.copied'))
}
