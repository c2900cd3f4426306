// Live ticket alerts from the socket: an SLA warning or breach (`ticket_alert`, to the
// assignee, the watchers and, on escalation, supervisors) and a follow-up call that is due
// (`follow_up_due`, to its assignee). Each shows as a notification linking to the ticket.
import { h, onBeforeUnmount } from 'vue'
import { NButton } from 'naive-ui'
import { useRouter } from 'vue-router'
import { socket } from '@/api/socket'
import type { Frame } from '@/api/socket'
import { alertTicket } from '@/composables/alerts'
import { notification } from '@/composables/feedback'
import { i18n } from '@/i18n'
import { useSession } from '@/stores/session'

export function useTicketAlerts(): void {
  const router = useRouter()
  const session = useSession()
  const t = i18n.global.t

  function show(frame: Frame, title: string, kind: 'warning' | 'error' | 'info') {
    if (!session.can('tickets:read')) return
    const id = String(frame.ticket_id)
    const open = () => void router.push({ name: 'ticket', params: { id } })
    const metrics = Array.isArray(frame.metrics) ? (frame.metrics as string[]).map((m) => t(`tickets.metrics.${m}`)).join('、') : ''
    const body = [String(frame.subject ?? ''), metrics].filter(Boolean).join(' · ')
    alertTicket(title, body, open)
    const shown = notification()[kind]({
      title,
      content: body,
      duration: 15000,
      keepAliveOnHover: true,
      meta: () => h('span', { 'data-test': 'ticket-alert', 'data-kind': String(frame.kind ?? 'follow_up') }, ''),
      action: () =>
        h(
          NButton,
          { text: true, type: 'primary', 'data-test': 'ticket-alert-open', onClick: () => { open(); shown.destroy() } },
          { default: () => t('tickets.alerts.open') },
        ),
    })
  }

  const stops = [
    socket.on('ticket_alert', (frame) => {
      const breach = frame.kind === 'breach'
      show(frame, t(breach ? 'tickets.alerts.breach' : 'tickets.alerts.warning', { number: frame.number }), breach ? 'error' : 'warning')
    }),
    socket.on('follow_up_due', (frame) => show(frame, t('tickets.alerts.followUp', { number: frame.number }), 'info')),
  ]
  onBeforeUnmount(() => stops.forEach((stop) => stop()))
}
