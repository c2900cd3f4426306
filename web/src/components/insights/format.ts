// Numbers, shares and moments as the insights pages show them, in the user's language.

export function count(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined ? '—' : new Intl.NumberFormat(locale).format(value)
}

/** A share (0–1) as a percentage with one decimal; '—' when there was nothing to divide. */
export function percent(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined) return '—'
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate)
}

/** A retrieval score, two decimals as the bot's settings show them. */
export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2)
}

/** A date of the window (yyyy-MM-dd) as a short axis label: 12月2日, Dec 2. */
export function dayLabel(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
}

/** A date of the window in full: 2026年12月2日, Dec 2, 2026. */
export function dayText(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
}

/** A moment in the viewer's time zone, to the minute. */
export function moment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(new Date(iso))
}
