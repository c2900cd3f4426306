// Agent states as every screen shows them: colours, and the menu to pick one from.
import type { DropdownOption } from 'naive-ui'

export const STATE_COLORS: Record<string, string> = {
  online: '#18a058', busy: '#f0a020', break: '#8a63d2', wrap_up: '#2080f0', offline: '#a0a0a0',
}

/** Online, busy, a break (with the tenant's reasons as a submenu), signed out. Keys are
 * `status` or `break:<reason code>`. */
export function stateMenu(t: (key: string) => string, reasons: { code: string; name: string }[]): DropdownOption[] {
  return [
    { key: 'online', label: t('states.online') },
    { key: 'busy', label: t('states.busy') },
    reasons.length
      ? { key: 'break', label: t('states.break'), children: reasons.map((r) => ({ key: `break:${r.code}`, label: r.name })) }
      : { key: 'break', label: t('states.break') },
    { type: 'divider', key: 'divider' },
    { key: 'offline', label: t('states.offline') },
  ]
}
