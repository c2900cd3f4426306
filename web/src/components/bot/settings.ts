// The bot settings form's model: the API's shape as a draft (the API key typed, never
// shown), and the checks `PUT /bot/settings` makes (kefu/bot/settings.py), so the form
// points at a field before the round trip. The API's own answer still has the last word.
import type { Schema } from '@/api/http'

export type BotSettings = Schema<'BotSettingsOut'>
export type BotSettingsBody = Schema<'BotSettings'>

export interface Draft extends Omit<BotSettings, 'generative'> {
  generative: Omit<BotSettings['generative'], 'api_key_set'> & { api_key: string }
}

export const TEXTS = ['name', 'greeting', 'fallback', 'suggest_prompt', 'handover_message'] as const
export const LIMITS = {
  name: 40,
  text: 500,
  words: 100,
  word: 50,
  unanswered: [0, 20],
  level: [0, 9],
  score: [0, 1],
  suggestions: [1, 10],
  temperature: [0, 2],
  passages: [1, 8],
  timeout: 120,
} as const

export function draftOf(settings: BotSettings): Draft {
  const { api_key_set: _set, ...generative } = settings.generative
  return {
    ...settings,
    handover_words: [...settings.handover_words],
    handover_phrases: [...settings.handover_phrases],
    thresholds: { ...settings.thresholds },
    generative: { ...generative, api_key: '' },
  }
}

/** The PUT body: an empty API key keeps the stored one. */
export function bodyOf(draft: Draft): BotSettingsBody {
  return JSON.parse(JSON.stringify(draft)) as BotSettingsBody
}

type Problem = { key: string; params?: Record<string, number> }

function inRange(value: number | null | undefined, [min, max]: readonly [number, number]): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
}

/** Field path (as the API's `loc`) → problem, empty when the draft would be accepted. */
export function check(draft: Draft): Record<string, Problem> {
  const out: Record<string, Problem> = {}
  const range = (path: string, value: number | null | undefined, bounds: readonly [number, number], integer = false) => {
    if (value === null || value === undefined) out[path] = { key: 'required' }
    else if (!inRange(value, bounds) || (integer && !Number.isInteger(value))) out[path] = { key: 'range', params: { min: bounds[0], max: bounds[1] } }
  }
  for (const key of TEXTS) {
    const limit = key === 'name' ? LIMITS.name : LIMITS.text
    if (draft[key].trim().length > limit) out[key] = { key: 'range', params: { min: 0, max: limit } }
  }
  for (const key of ['handover_words', 'handover_phrases'] as const) {
    if (draft[key].length > LIMITS.words) out[key] = { key: 'tooMany', params: { n: LIMITS.words } }
    else if (draft[key].some((word) => word.trim().length > LIMITS.word)) out[key] = { key: 'wordTooLong', params: { n: LIMITS.word } }
  }
  range('handover_after_unanswered', draft.handover_after_unanswered, LIMITS.unanswered, true)
  if (draft.handover_level !== null) range('handover_level', draft.handover_level, LIMITS.level, true)
  const th = draft.thresholds
  range('thresholds.direct', th.direct, LIMITS.score)
  range('thresholds.direct_margin', th.direct_margin, LIMITS.score)
  range('thresholds.suggest', th.suggest, LIMITS.score)
  range('thresholds.max_suggestions', th.max_suggestions, LIMITS.suggestions, true)
  if (!out['thresholds.suggest'] && !out['thresholds.direct'] && th.suggest > th.direct) out['thresholds.suggest'] = { key: 'suggestAboveDirect' }
  const g = draft.generative
  range('generative.temperature', g.temperature, LIMITS.temperature)
  range('generative.max_passages', g.max_passages, LIMITS.passages, true)
  if (g.timeout_seconds === null || g.timeout_seconds === undefined) out['generative.timeout_seconds'] = { key: 'required' }
  else if (!(g.timeout_seconds > 0 && g.timeout_seconds <= LIMITS.timeout)) out['generative.timeout_seconds'] = { key: 'timeout' }
  if (g.enabled) {
    if (!g.model.trim()) out['generative.model'] = { key: 'needModel' }
    if (!/^https?:\/\/[^\s/?#]+/i.test(g.base_url.trim())) out['generative.base_url'] = { key: 'needUrl' }
  }
  return out
}
