// Shapes of the knowledge base as the console edits them, the API's limits (docs/bot.md
// "Knowledge base"), the category tree, and the checks a form runs before it sends.
import type { TreeOption, TreeSelectOption } from 'naive-ui'
import type { Schema } from '@/api/http'

export type Entry = Schema<'FaqOut'>
export type EntryIn = Schema<'FaqIn'>
export type EntryPatch = Schema<'FaqPatch'>
export type Category = Schema<'CategoryOut'>
export type Article = Schema<'ArticleOut'>
export type ArticleIn = Schema<'ArticleIn'>
export type ArticlePatch = Schema<'ArticlePatch'>
export type Version = Schema<'VersionOut'>
export type ImportResult = Schema<'ImportOut'>
export type Channel = NonNullable<EntryIn['channels']>[number]
export interface Page<T> { items: T[]; next_cursor?: string | null }
/** One refused row of an import (`details.errors` of 422 import_invalid). */
export interface RowError { row: number; column: string | null; code: string; message: string }

export const CHANNELS: Channel[] = ['web', 'api', 'email', 'wechat', 'wecom', 'sms', 'voice']
export const LIMITS = {
  question: 500, similar: 200, answer: 20_000, title: 200, body: 200_000, categoryName: 50, categoryDepth: 8, externalId: 100,
} as const
export const FORMATS = ['xlsx', 'csv', 'jsonl'] as const
export type FileFormat = (typeof FORMATS)[number]

/** Questions compared as the server compares them: NFKC, case folded, spaces collapsed. */
export function questionKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Similar questions without blanks, repeats and the standard question, in their order. */
export function uniqueSimilar(question: string, similar: string[]): string[] {
  const seen = new Set([questionKey(question)])
  const out: string[] = []
  for (const line of similar) {
    const text = line.trim()
    const key = questionKey(text)
    if (!text || seen.has(key)) continue
    seen.add(key)
    out.push(text)
  }
  return out
}

/** A short moment for a list: month, day and time this year, the date in another. */
export function shortTime(iso: string, locale: string): string {
  const date = new Date(iso)
  const thisYear = date.getFullYear() === new Date().getFullYear()
  return new Intl.DateTimeFormat(locale, thisYear
    ? { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }
    : { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
}

// --- categories ----------------------------------------------------------------------

export interface CategoryNode { category: Category; children: CategoryNode[] }

export function categoryForest(categories: Category[]): CategoryNode[] {
  const nodes = new Map(categories.map((category) => [category.id, { category, children: [] as CategoryNode[] }]))
  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    const parent = node.category.parent_id ? nodes.get(node.category.parent_id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const settle = (list: CategoryNode[]) => {
    list.sort((a, b) => a.category.name.localeCompare(b.category.name))
    list.forEach((node) => settle(node.children))
  }
  settle(roots)
  return roots
}

/** The category and everything below it: where it may not move. */
export function subtree(categories: Category[], id: string): Set<string> {
  const found = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const category of categories) {
      if (category.parent_id && found.has(category.parent_id) && !found.has(category.id)) {
        found.add(category.id)
        grew = true
      }
    }
  }
  return found
}

export function categoryOptions(categories: Category[], disabled: Set<string> = new Set()): TreeSelectOption[] {
  const convert = (node: CategoryNode): TreeSelectOption => ({
    key: node.category.id,
    label: node.category.name,
    disabled: disabled.has(node.category.id),
    children: node.children.length ? node.children.map(convert) : undefined,
  })
  return categoryForest(categories).map(convert)
}

export function categoryTree(categories: Category[]): TreeOption[] {
  const convert = (node: CategoryNode): TreeOption => ({
    key: node.category.id,
    label: node.category.name,
    children: node.children.length ? node.children.map(convert) : undefined,
  })
  return categoryForest(categories).map(convert)
}

// --- forms ---------------------------------------------------------------------------

/** An entry as its form edits it; times as epoch milliseconds for the date pickers. */
export interface EntryDraft {
  question: string
  similar: string[]
  answer: string
  category_id: string | null
  channels: Channel[]
  valid_from: number | null
  valid_until: number | null
  enabled: boolean
  external_id: string
}

export function entryDraft(entry: Entry | null, categoryId: string | null = null): EntryDraft {
  return {
    question: entry?.question ?? '',
    similar: [...(entry?.similar ?? [])],
    answer: entry?.answer ?? '',
    category_id: entry ? entry.category_id : categoryId,
    channels: (entry?.channels ?? []).filter((c): c is Channel => (CHANNELS as string[]).includes(c)),
    valid_from: entry?.valid_from ? Date.parse(entry.valid_from) : null,
    valid_until: entry?.valid_until ? Date.parse(entry.valid_until) : null,
    enabled: entry?.enabled ?? true,
    external_id: entry?.external_id ?? '',
  }
}

export function entryBody(draft: EntryDraft): EntryIn {
  return {
    question: draft.question.trim(),
    similar: uniqueSimilar(draft.question, draft.similar),
    answer: draft.answer,
    category_id: draft.category_id,
    channels: draft.channels,
    valid_from: draft.valid_from === null ? null : new Date(draft.valid_from).toISOString(),
    valid_until: draft.valid_until === null ? null : new Date(draft.valid_until).toISOString(),
    enabled: draft.enabled,
    external_id: draft.external_id.trim() || null,
  }
}

export type Problems = Record<string, string>
type T = (key: string, values?: Record<string, unknown>) => string

/** The API's own limits, checked before sending; keys are the API's field paths. */
export function checkEntry(draft: EntryDraft, visible: boolean, t: T): Problems {
  const out: Problems = {}
  const question = draft.question.trim()
  if (!question) out.question = t('knowledge.check.required')
  else if (question.length > LIMITS.question) out.question = t('knowledge.check.tooLong', { n: LIMITS.question })
  const similar = draft.similar.map((line) => line.trim()).filter(Boolean)
  if (similar.length > LIMITS.similar) out.similar = t('knowledge.check.tooManySimilar', { n: LIMITS.similar })
  draft.similar.forEach((line, index) => {
    if (line.trim().length > LIMITS.question) out[`similar.${index}`] = t('knowledge.check.tooLong', { n: LIMITS.question })
  })
  if (!draft.answer.trim() || !visible) out.answer = t('knowledge.check.emptyAnswer')
  else if (draft.answer.length > LIMITS.answer) out.answer = t('knowledge.check.tooLong', { n: LIMITS.answer })
  if (draft.external_id.trim().length > LIMITS.externalId) out.external_id = t('knowledge.check.tooLong', { n: LIMITS.externalId })
  if (draft.valid_from !== null && draft.valid_until !== null && draft.valid_until <= draft.valid_from) {
    out.valid_until = t('knowledge.check.validity')
  }
  return out
}

export function checkCategoryName(name: string, t: T): string | null {
  const text = name.trim()
  if (!text) return t('knowledge.check.required')
  if (text.length > LIMITS.categoryName) return t('knowledge.check.tooLong', { n: LIMITS.categoryName })
  if (/[/\\]/.test(text)) return t('knowledge.check.slash')
  return null
}
