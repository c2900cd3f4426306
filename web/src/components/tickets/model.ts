// Tickets as the console shows them: the API's shapes, the names of types, states, people
// and teams (read once per page and shared), and the SLA clock's reading at a moment.
import { reactive } from 'vue'
import { all, http } from '@/api/http'
import type { Schema } from '@/api/http'

export type Ticket = Schema<'TicketOut'>
export type TicketBrief = Schema<'TicketBrief'>
export type TicketPage = Schema<'TicketPage'>
export type TicketType = Schema<'TicketTypeOut'>
export type FieldDef = Schema<'FieldDef-Output'>
export type FieldOption = Schema<'Option-Output'>
export type SlaClock = Schema<'SlaClockOut'>
export type Comment = Schema<'CommentOut'>
export type TicketEvent = Schema<'EventOut'>
export type FollowUp = Schema<'FollowUpOut'>
export type SavedView = Schema<'ViewOut'>
export type TicketFilter = Schema<'TicketFilter'>
export type BulkOut = Schema<'BulkOut'>
export type Priority = Ticket['priority']
export type Category = Ticket['category']

export const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent']
export const CATEGORIES: Category[] = ['new', 'open', 'pending', 'solved', 'closed']
export const METRICS = ['first_response', 'resolution'] as const
export const PRIORITY_TAG: Record<Priority, 'default' | 'info' | 'warning' | 'error'> = {
  low: 'default',
  normal: 'info',
  high: 'warning',
  urgent: 'error',
}

type Lang = 'zh-CN' | 'en'

/** A label in the user's language: the English one when there is one and English is chosen. */
export function pickLabel(item: { label?: string; name?: string; label_en?: string | null; name_en?: string | null }, locale: Lang): string {
  const zh = item.label ?? item.name ?? ''
  const en = item.label_en ?? item.name_en
  return locale === 'en' && en ? en : zh
}

interface Names {
  loaded: boolean
  types: TicketType[]
  users: Record<string, string>
  teams: Record<string, string>
  teamList: { id: string; name: string }[]
  userList: { id: string; name: string; employee_no: string }[]
}

/** Types, staff and teams, read once and shared by every ticket page. */
export const names = reactive<Names>({ loaded: false, types: [], users: {}, teams: {}, teamList: [], userList: [] })
let loading: Promise<void> | null = null

export function loadNames(force = false): Promise<void> {
  if (loading && !force) return loading
  loading = (async () => {
    const [types, users, units] = await Promise.all([
      http.get<TicketType[]>('/ticket-types'),
      all<Schema<'UserOut'>>('/users').catch(() => [] as Schema<'UserOut'>[]),
      http.get<Schema<'OrgUnitOut'>[]>('/org-units').catch(() => [] as Schema<'OrgUnitOut'>[]),
    ])
    names.types = types
    names.userList = users.filter((user) => user.status === 'active').map((user) => ({ id: user.id, name: user.name, employee_no: user.employee_no }))
    names.users = Object.fromEntries(users.map((user) => [user.id, user.name]))
    // Any unit of the organisation can hold a ticket; teams first.
    const ordered = [...units].sort((a, b) => Number(b.kind === 'team') - Number(a.kind === 'team'))
    names.teamList = ordered.map((unit) => ({ id: unit.id, name: unit.name }))
    names.teams = Object.fromEntries(units.map((unit) => [unit.id, unit.name]))
    names.loaded = true
  })().catch((error) => {
    loading = null
    throw error
  })
  return loading
}

export function typeOf(typeId: string): TicketType | undefined {
  return names.types.find((type) => type.id === typeId)
}

export function typeName(typeId: string, locale: Lang): string {
  const type = typeOf(typeId)
  return type ? pickLabel(type, locale) : ''
}

/** The state's label in the type's workflow (新建, 审核中, …), else its key. */
export function stateLabel(typeId: string, status: string, locale: Lang): string {
  const state = typeOf(typeId)?.workflow.states.find((s) => s.key === status)
  return state ? pickLabel(state, locale) : status
}

export interface ClockReading {
  status: SlaClock['status'] | 'overdue'
  /** Milliseconds to the deadline (negative once past), for a running clock. */
  left: number | null
}

/** The clock now: the server's status, or overdue when a running one's deadline passed
 * here before the server's timer said so. */
export function readClock(clock: SlaClock, now: number): ClockReading {
  if (clock.status === 'running' && clock.due_at) {
    const left = Date.parse(clock.due_at) - now
    return { status: left <= 0 ? 'overdue' : 'running', left }
  }
  return { status: clock.status, left: null }
}

/** "12:07", "1:02:45" or "2天3小时" for a span in milliseconds. */
export function span(ms: number, locale: Lang): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(seconds / 86400)
  const h = Math.floor((seconds % 86400) / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  if (days) return locale === 'en' ? `${days}d ${h}h` : `${days}天${h}小时`
  const mm = String(m).padStart(2, '0')
  const ss = String(s).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${m}:${ss}`
}

/** Minutes of a target as words: "30 分钟", "1 小时", "1 小时 30 分钟". */
export function minutes(seconds: number, locale: Lang): string {
  const total = Math.round(seconds / 60)
  const h = Math.floor(total / 60)
  const m = total % 60
  if (locale === 'en') return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ')
  return [h ? `${h} 小时` : '', m || !h ? `${m} 分钟` : ''].filter(Boolean).join(' ')
}

export function moment(iso: string | null | undefined, locale: Lang): string {
  if (!iso) return ''
  const date = new Date(iso)
  const sameYear = date.getFullYear() === new Date().getFullYear()
  return date.toLocaleString(locale, {
    year: sameYear ? undefined : 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}

// The transcript of the conversation a ticket was made from is a comment of its own kind.
export function isTranscript(comment: Comment): boolean {
  return comment.kind === 'transcript'
}

/** A filter's query parameters for GET /tickets (empty values left out). */
export function queryOf(filter: Partial<TicketFilter>): Record<string, string | string[] | boolean | undefined> {
  return {
    category: filter.category ?? undefined,
    status: filter.status ?? undefined,
    type_id: filter.type_id ?? undefined,
    priority: filter.priority ?? undefined,
    assignee: filter.assignee ?? undefined,
    team_id: filter.team_id ?? undefined,
    contact_id: filter.contact_id ?? undefined,
    conversation_id: filter.conversation_id ?? undefined,
    tag: filter.tag ?? undefined,
    watching: filter.watching || undefined,
    sla: filter.sla ?? undefined,
    q: filter.q ?? undefined,
    sort: filter.sort && filter.sort !== 'updated' ? filter.sort : undefined,
  }
}
