// Shapes of skill groups, rules and their conditions as the console edits them, and the
// helpers that turn them into the API's bodies and into short readable summaries.
import type { Schema } from '@/api/http'
import { ApiError } from '@/api/http'

export type Group = Schema<'GroupOut'>
export type GroupBody = Schema<'GroupIn'>
export type Rule = Schema<'RuleOut'>
export type RuleBody = Schema<'RuleIn'>
export type User = Schema<'UserOut'>
export type Policy = Schema<'Policy'>
export type DryRun = Schema<'DryRunOut'>
export type Facts = Schema<'FactsIn'>

export type Leaf =
  | Schema<'Channel'>
  | Schema<'Url'>
  | Schema<'Entry'>
  | Schema<'Level'>
  | Schema<'Tags'>
  | Schema<'Region'>
  | Schema<'Keywords'>
  | Schema<'Language'>
  | Schema<'TimeOfDay'>
  | Schema<'Attribute'>
export type Not = Schema<'Not'>
export type AllOf = Schema<'AllOf'>
export type AnyOf = Schema<'AnyOf'>
export type Condition = Leaf | Not | AllOf | AnyOf
export type Action = RuleBody['action']
export type LeafType = Leaf['type']

export const LEAF_TYPES: LeafType[] = [
  'keywords', 'url', 'channel', 'entry', 'level', 'tags', 'region', 'language', 'time', 'attribute',
]
export const STRATEGIES = ['least_load', 'round_robin', 'last_agent', 'proficiency'] as const
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Day = (typeof DAYS)[number]
export type Window = [string, string]
export type Schedule = Partial<Record<Day, Window[]>>
export interface Holiday {
  date: string
  name?: string
  hours: Window[]
}
export const CHANNELS = ['web', 'api', 'email', 'wechat', 'phone']

/** A fresh leaf of the given kind, with the fields the API requires. */
export function newLeaf(type: LeafType): Leaf {
  switch (type) {
    case 'channel': return { type, in: ['web'] }
    case 'url': return { type, patterns: [] }
    case 'entry': return { type, in: [] }
    case 'level': return { type, min: 1, max: 9 }
    case 'tags': return { type, any: [], all: [] }
    case 'region': return { type, in: [] }
    case 'keywords': return { type, any: [] }
    case 'language': return { type, in: ['en'] }
    case 'time': return { type, days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timezone: null }
    case 'attribute': return { type, key: '', in: [] }
  }
}

export function isGroup(condition: Condition): condition is AllOf | AnyOf {
  return condition.type === 'all' || condition.type === 'any'
}

/** Deep copy, for editing a rule without touching the list until it is saved. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * The service's own checks answer `validation_error` with `details: {field}` rather than
 * pydantic's list; this makes them field errors too, so `useApiForm` shows them in place.
 */
export async function withFieldDetails<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (failure) {
    if (failure instanceof ApiError && failure.details && !Array.isArray(failure.details)) {
      const field = (failure.details as { field?: unknown }).field
      if (typeof field === 'string') {
        throw new ApiError(failure.status, failure.code, failure.message, [{ loc: ['body', field], msg: failure.message }])
      }
    }
    throw failure
  }
}

/** The user's own IANA zone, the browser's list of zones for a picker. */
export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'UTC']
  }
}
