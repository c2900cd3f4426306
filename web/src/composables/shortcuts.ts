// Keyboard shortcuts for the frequent actions. A key typed into a field is text, not a
// shortcut, except the Alt combinations, which work everywhere.
import { onBeforeUnmount, onMounted } from 'vue'

export const SHORTCUTS = [
  { keys: 'Alt+↓ / Alt+↑', label: 'shortcuts.next' },
  { keys: 'Alt+1 / 2 / 3', label: 'shortcuts.lists' },
  { keys: 'Alt+R', label: 'shortcuts.resolve' },
  { keys: 'Alt+A', label: 'shortcuts.accept' },
  { keys: 'Alt+N', label: 'shortcuts.note' },
  { keys: '/', label: 'shortcuts.canned' },
  { keys: 'Ctrl+Enter / Enter', label: 'shortcuts.send' },
  { keys: '?', label: 'shortcuts.help' },
] as const

type Bindings = Record<string, (event: KeyboardEvent) => void>

function keyOf(event: KeyboardEvent): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl')
  if (event.altKey) parts.push('Alt')
  // Alt changes event.key on some layouts; the physical key is stable.
  const key = event.altKey && event.code.startsWith('Key') ? event.code.slice(3) : event.altKey && event.code.startsWith('Digit') ? event.code.slice(5) : event.key
  parts.push(key.length === 1 ? key.toUpperCase() : key)
  return parts.join('+')
}

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
}

export function useShortcuts(bindings: Bindings): void {
  const normalised = Object.fromEntries(Object.entries(bindings).map(([key, handler]) => [key.length === 1 ? key.toUpperCase() : key, handler]))
  const listener = (event: KeyboardEvent) => {
    const key = keyOf(event)
    const handler = normalised[key]
    if (!handler) return
    if (!event.altKey && !event.ctrlKey && typing(event.target)) return
    event.preventDefault()
    handler(event)
  }
  onMounted(() => window.addEventListener('keydown', listener))
  onBeforeUnmount(() => window.removeEventListener('keydown', listener))
}
