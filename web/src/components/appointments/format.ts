// Slots and appointments as the console shows them: the API's shapes and a visit's time in
// the user's language (kefu/appointments/schemas.py).
import type { Schema } from '@/api/http'

export type Area = Schema<'AreaOut'>
export type Slot = Schema<'SlotOut'>
export type FreeSlot = Schema<'FreeSlotOut'>
export type Appointment = Schema<'AppointmentOut'>

/** "12月5日 周六 09:00–11:00", the end's date too when the visit runs past midnight. */
export function visitTime(slot: { starts_at: string; ends_at: string }, locale: string): string {
  const start = new Date(slot.starts_at)
  const end = new Date(slot.ends_at)
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short' })
  const hour = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false })
  const sameDay = start.toDateString() === end.toDateString()
  return `${day.format(start)} ${hour.format(start)}–${sameDay ? '' : `${day.format(end)} `}${hour.format(end)}`
}

/** The local calendar day of an instant, as a key for grouping ("2026-12-05"). */
export function dayKey(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Monday 00:00 of the week holding `date`, in the user's time zone. */
export function weekStart(date: Date): Date {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate())
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7))
  return start
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date)
  next.setDate(next.getDate() + days)
  return next
}

/** "09:00" on `day` in the user's time zone, as an ISO instant. */
export function atTime(day: Date, time: string): string {
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes).toISOString()
}
