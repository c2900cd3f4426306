// Rules read aloud: "首条消息包含 发票 且 (渠道为 网页 或 …)" for the rule list.
import { DAYS } from './model'
import type { Action, Condition, Day, Group, Leaf, User, Window } from './model'

type T = (key: string, named?: Record<string, unknown>) => string

function words(values: readonly (string | number | boolean)[]): string {
  return values.map(String).join('、') || '—'
}

function leafText(leaf: Leaf, t: T): string {
  switch (leaf.type) {
    case 'channel': return t('rules.says.channel', { v: leaf.in.map((c) => t(`channels.${c}`)).join('、') })
    case 'url': return t('rules.says.url', { v: words(leaf.patterns) })
    case 'entry': return t('rules.says.entry', { v: words(leaf.in) })
    case 'level': return t('rules.says.level', { min: leaf.min ?? 0, max: leaf.max ?? 9 })
    case 'tags': {
      const parts = []
      if (leaf.any?.length) parts.push(t('rules.says.tagsAny', { v: words(leaf.any) }))
      if (leaf.all?.length) parts.push(t('rules.says.tagsAll', { v: words(leaf.all) }))
      return parts.join(' ') || t('rules.kinds.tags')
    }
    case 'region': return t('rules.says.region', { v: words(leaf.in) })
    case 'keywords': return t('rules.says.keywords', { v: words(leaf.any) })
    case 'language': return t('rules.says.language', { v: words(leaf.in) })
    case 'time': {
      const days = (leaf.days ?? []).map((d) => t(`groups.days.${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][d - 1]}`)).join('')
      return t('rules.says.time', { days, from: leaf.from ?? '00:00', to: leaf.to ?? '24:00' })
    }
    case 'attribute': return t('rules.says.attribute', { key: leaf.key, v: words(leaf.in) })
  }
}

export function conditionText(condition: Condition, t: T): string {
  if (condition.type === 'not') return `${t('rules.not')} ${leafText(condition.of, t)}`
  if (condition.type === 'all') return `(${condition.of.map((c) => conditionText(c, t)).join(` ${t('rules.and')} `)})`
  if (condition.type === 'any') return `(${condition.of.map((c) => conditionText(c, t)).join(` ${t('rules.or')} `)})`
  return leafText(condition, t)
}

export function conditionsText(conditions: Condition[], t: T): string {
  return conditions.length ? conditions.map((c) => conditionText(c, t)).join(` ${t('rules.and')} `) : t('rules.always')
}

export function actionText(action: Action, groups: Map<string, Group>, users: Map<string, User>, t: T): string {
  const group = (id: string | null | undefined) => (id ? (groups.get(id)?.name ?? '?') : null)
  switch (action.type) {
    case 'group': return t('rules.does.group', { g: group(action.group_id) })
    case 'agent': {
      const who = users.get(action.user_id)?.name ?? '?'
      const fallback = group(action.fallback_group_id)
      return fallback ? t('rules.does.agentFallback', { a: who, g: fallback }) : t('rules.does.agent', { a: who })
    }
    case 'bot': {
      const handover = group(action.handover_group_id)
      return handover ? t('rules.does.botHandover', { g: handover }) : t('rules.does.bot')
    }
    case 'leave_message': return t('rules.does.leave_message')
  }
}

/** "周一–周五 09:00–18:00；周六 10:00–16:00": runs of days with the same hours. */
export function hoursText(group: Group, t: T): string {
  const hours = group.business_hours as Partial<Record<Day, Window[]>> | null
  if (hours === null) return t('groups.alwaysOpen')
  const text = (day: Day) => (hours[day] ?? []).map(([a, b]) => `${a}–${b}`).join(', ')
  const runs: { from: Day; to: Day; text: string }[] = []
  for (const day of DAYS) {
    const last = runs[runs.length - 1]
    const value = text(day)
    if (last && last.text === value && DAYS.indexOf(last.to) === DAYS.indexOf(day) - 1) last.to = day
    else runs.push({ from: day, to: day, text: value })
  }
  const open = runs.filter((run) => run.text)
  if (!open.length) return t('groups.closedDay')
  return open
    .map((run) => {
      const days = run.from === run.to ? t(`groups.days.${run.from}`) : `${t(`groups.days.${run.from}`)}–${t(`groups.days.${run.to}`)}`
      return `${days} ${run.text}`
    })
    .join('；')
}
