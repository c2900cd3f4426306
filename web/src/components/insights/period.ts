// Reporting windows for the insights pages: whole days where the tenant is, both included,
// as `since` and `until` of the bot's insights API (docs/bot.md, "Bot statistics").

export type DayRange = [string, string]

const DAY = /^\d{4}-\d{2}-\d{2}$/
export const DEFAULT_DAYS = 7

/** Today's date (yyyy-MM-dd) in the time zone `zone`, the browser's when it is unknown. */
export function todayIn(zone: string, at = new Date()): string {
  const parts = { year: 'numeric', month: '2-digit', day: '2-digit' } as const
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-CA', { ...parts, timeZone: zone })
  } catch {
    format = new Intl.DateTimeFormat('en-CA', parts)
  }
  const values = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]))
  return `${values.year}-${values.month}-${values.day}`
}

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

/** The last `days` days up to today where the tenant is. */
export function lastDays(zone: string, days: number = DEFAULT_DAYS): DayRange {
  const today = todayIn(zone)
  return [addDays(today, 1 - days), today]
}

/** `?since=…&until=…` when both are dates; the API judges whether they make a window. */
export function rangeOf(query: Record<string, unknown>): DayRange | null {
  const { since, until } = query
  return typeof since === 'string' && typeof until === 'string' && DAY.test(since) && DAY.test(until) ? [since, until] : null
}

/** The browser's midnight of a date, as an NDatePicker shortcut wants it. */
export function midnight(day: string): number {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year, month - 1, date).getTime()
}
