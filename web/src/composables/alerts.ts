// A sound and a browser notification when a conversation arrives for the agent. The tone
// is synthesised (no audio file to fetch); browsers allow it after the first user gesture.
import { usePrefs } from '@/stores/prefs'

let audio: AudioContext | null = null

function chime(): void {
  audio ??= new AudioContext()
  const start = audio.currentTime
  for (const [offset, frequency] of [[0, 880], [0.16, 1318.5]] as const) {
    const oscillator = audio.createOscillator()
    const gain = audio.createGain()
    oscillator.frequency.value = frequency
    gain.gain.setValueAtTime(0.0001, start + offset)
    gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.3)
    oscillator.connect(gain).connect(audio.destination)
    oscillator.start(start + offset)
    oscillator.stop(start + offset + 0.32)
  }
}

/** Asks once, on a user gesture, for permission to show notifications. */
export function askForNotifications(): void {
  if ('Notification' in window && Notification.permission === 'default') void Notification.requestPermission()
}

export function alertNewConversation(title: string, body: string, onClick: () => void): void {
  const prefs = usePrefs()
  if (prefs.sound) {
    try {
      chime()
    } catch {
      // No audio device, or the page has had no gesture yet: the notification still shows.
    }
  }
  if ('Notification' in window && Notification.permission === 'granted' && document.hidden) {
    const notification = new Notification(title, { body, tag: 'kefu-new-conversation' })
    notification.onclick = () => {
      window.focus()
      onClick()
      notification.close()
    }
  }
}

/** A ticket's SLA warning or breach, or a follow-up due: the chime, and a browser
 * notification while the tab is hidden (the page shows its own). */
export function alertTicket(title: string, body: string, onClick: () => void): void {
  const prefs = usePrefs()
  if (prefs.sound) {
    try {
      chime()
    } catch {
      // No audio device or no gesture yet: the notifications still show.
    }
  }
  if ('Notification' in window && Notification.permission === 'granted' && document.hidden) {
    const notification = new Notification(title, { body, tag: `kefu-ticket-${title}` })
    notification.onclick = () => {
      window.focus()
      onClick()
      notification.close()
    }
  }
}
