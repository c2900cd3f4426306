// Texts a tenant configured per language ({"zh-CN": …, "en": …}), in the viewer's language
// with the other as a fallback, and a rating as stars.

export type Labels = Partial<Record<string, string>>

export function pick(labels: Labels | null | undefined, locale: string): string {
  if (!labels) return ''
  const other = locale === 'en' ? 'zh-CN' : 'en'
  return labels[locale] || labels[other] || Object.values(labels).find(Boolean) || ''
}

export function stars(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(Math.max(0, 5 - rating))
}

/** Red to green, one colour per rating 1–5. */
export const RATING_COLORS = ['#d03050', '#f0a020', '#c0c4cc', '#36ad6a', '#18a058']
