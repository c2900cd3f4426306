// One shared ticking clock for waiting times, so a list of thousands re-renders once a
// second from a single timer.
import { ref } from 'vue'

export const now = ref(Date.now())
window.setInterval(() => (now.value = Date.now()), 1000)

/** "3:07" or "1:02:45" since an ISO instant; empty for null. */
export function since(iso: string | null | undefined, at = now.value): string {
  if (!iso) return ''
  const seconds = Math.max(0, Math.floor((at - Date.parse(iso)) / 1000))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

export function seconds(total: number | null | undefined): string {
  if (total === null || total === undefined) return '—'
  const m = Math.floor(total / 60)
  return m ? `${m}:${String(Math.floor(total % 60)).padStart(2, '0')}` : `0:${String(Math.floor(total)).padStart(2, '0')}`
}

export function clockTime(iso: string, locale: string): string {
  const date = new Date(iso)
  const today = new Date().toDateString() === date.toDateString()
  return today
    ? date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })
}
