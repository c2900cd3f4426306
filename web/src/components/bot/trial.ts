// 试一试: what the bot would do with a typed question now (`POST /bot/try`), on the
// knowledge base's FAQ page and on the bot settings page. What was typed, the panel's state
// and the last answer live here, so they stay while the user moves between the two pages.
import { reactive } from 'vue'
import type { Schema } from '@/api/http'
import type { Channel } from '@/components/knowledge/model'

export type TryOut = Schema<'TryOut'>
export type TryHit = Schema<'TryHit'>
export type Thresholds = TryOut['thresholds']
/** What the bot does with a hit: answers with it, offers it ("did you mean"), or not. */
export type Role = 'answer' | 'suggest' | 'none'

export const TEXT_LIMIT = 500 // TryIn.text

export const trial = reactive({
  open: false,
  text: '',
  channel: null as Channel | null,
  /** The last answer, and the text and channel it answered. */
  result: null as TryOut | null,
  asked: '',
})

/** The hits the bot uses, as `decide` (kefu/bot/answer.py) picks them. */
export function used(result: TryOut): TryHit[] {
  if (result.handover) return []
  if (result.outcome === 'direct') return result.hits.slice(0, 1)
  if (result.outcome === 'suggest') {
    return result.hits.slice(0, result.thresholds.max_suggestions).filter((hit) => hit.score >= result.thresholds.suggest)
  }
  return []
}

export function roleOf(result: TryOut, hit: TryHit): Role {
  if (!used(result).includes(hit)) return 'none'
  return result.outcome === 'direct' ? 'answer' : 'suggest'
}

/** The best entry's lead over the runner-up (the direct answer's margin). */
export function lead(result: TryOut): number | null {
  const [best, second] = result.hits
  return best ? best.score - (second?.score ?? 0) : null
}

/**
 * The score line zoomed as ThresholdBands zooms it (scores cluster near the top): from a
 * little below `suggest` to 1. `at` is a position in percent, clamped to the line.
 */
export function scaleOf(thresholds: Thresholds): { low: number; at: (value: number) => number } {
  const low = Math.max(0, Math.floor((thresholds.suggest - 0.15) * 20) / 20)
  const at = (value: number) => Math.min(100, Math.max(0, ((value - low) / (1 - low)) * 100))
  return { low, at }
}
