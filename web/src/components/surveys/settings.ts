// The survey settings form's model: the API's shape (kefu/surveys/settings.py) as a draft
// with one box per language, and the checks PUT /surveys/settings makes, so the form points
// at a field before the round trip. The API's own answer still has the last word.
import type { Schema } from '@/api/http'

export type SurveySettings = Schema<'SurveySettings'>
type Sentiment = 'negative' | 'positive'

export interface Texts { zh: string; en: string }
export interface ReasonDraft extends Texts { key: string; sentiment: Sentiment }
export interface Draft {
  conversations: boolean
  tickets: boolean
  question: Texts
  thanks: Texts
  rating_labels: Texts[]
  reasons: ReasonDraft[]
  comment: boolean
  answer_days: number | null
}

export const LIMITS = { question: 200, label: 40, reasons: 20, days: [1, 90] } as const

type Labels = Partial<Record<'zh-CN' | 'en', string>>
const texts = (labels: Labels | undefined): Texts => ({ zh: labels?.['zh-CN'] ?? '', en: labels?.en ?? '' })

/** Only the languages filled in: the API takes no empty text. */
function labels(value: Texts): Labels {
  const out: Labels = {}
  if (value.zh.trim()) out['zh-CN'] = value.zh.trim()
  if (value.en.trim()) out.en = value.en.trim()
  return out
}

export function draftOf(settings: SurveySettings): Draft {
  return {
    conversations: settings.conversations ?? true,
    tickets: settings.tickets ?? true,
    question: texts(settings.question),
    thanks: texts(settings.thanks),
    rating_labels: (settings.rating_labels ?? []).map(texts),
    reasons: (settings.reasons ?? []).map((r) => ({ key: r.key, sentiment: r.sentiment, ...texts(r.label) })),
    comment: settings.comment ?? true,
    answer_days: settings.answer_days ?? 7,
  }
}

export function bodyOf(draft: Draft): SurveySettings {
  return {
    conversations: draft.conversations,
    tickets: draft.tickets,
    question: labels(draft.question),
    thanks: labels(draft.thanks),
    rating_labels: draft.rating_labels.map(labels),
    reasons: draft.reasons.map((r) => ({ key: r.key, sentiment: r.sentiment, label: labels(r) })),
    comment: draft.comment,
    answer_days: draft.answer_days ?? 0,
  } as SurveySettings
}

/** A key no reason has yet, in the API's alphabet. */
export function newKey(draft: Draft): string {
  const taken = new Set(draft.reasons.map((r) => r.key))
  let key = ''
  do key = `r${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`
  while (taken.has(key))
  return key
}

type Problem = { key: string; params?: Record<string, number> }

/** Field path (as the API's `loc`) → problem; empty when the draft would be accepted. */
export function check(draft: Draft): Record<string, Problem> {
  const out: Record<string, Problem> = {}
  const text = (path: string, value: Texts, max: number) => {
    if (!value.zh.trim() && !value.en.trim()) out[path] = { key: 'required' }
    for (const [lang, typed] of [['zh-CN', value.zh], ['en', value.en]] as const) {
      if (typed.trim().length > max) out[`${path}.${lang}`] = { key: 'tooLong', params: { max } }
    }
  }
  text('question', draft.question, LIMITS.question)
  text('thanks', draft.thanks, LIMITS.question)
  draft.rating_labels.forEach((value, i) => text(`rating_labels.${i}`, value, LIMITS.label))
  draft.reasons.forEach((value, i) => text(`reasons.${i}.label`, value, LIMITS.label))
  if (draft.reasons.length > LIMITS.reasons) out.reasons = { key: 'tooMany', params: { max: LIMITS.reasons } }
  const days = draft.answer_days
  const [min, max] = LIMITS.days
  if (days === null || !Number.isInteger(days) || days < min || days > max) out.answer_days = { key: 'range', params: { min, max } }
  return out
}
