// Shapes and small pure helpers shared by the users, organisation and audit screens.
import type { TreeSelectOption } from 'naive-ui'
import type { Schema } from '@/api/http'

export type User = Schema<'UserOut'>
export type OrgUnit = Schema<'OrgUnitOut'>
export type Role = Schema<'Role'>
export type RoleInfo = Schema<'RoleOut'>
export type AuditEntry = Schema<'AuditEntryOut'>
export interface Page<T> { items: T[]; next_cursor?: string | null }

export const ROLES: Role[] = ['platform_admin', 'tenant_admin', 'supervisor', 'agent', 'qa_inspector', 'analyst']

/** A unit with its children, sorted by name as the API sorts the flat list. */
export interface UnitNode { unit: OrgUnit; children: UnitNode[]; depth: number }

export function unitForest(units: OrgUnit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[], depth: 0 }]))
  const roots: UnitNode[] = []
  for (const node of nodes.values()) {
    const parent = node.unit.parent_id ? nodes.get(node.unit.parent_id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const byName = (a: UnitNode, b: UnitNode) => a.unit.name.localeCompare(b.unit.name)
  const settle = (list: UnitNode[], depth: number) => {
    list.sort(byName)
    for (const node of list) {
      node.depth = depth
      settle(node.children, depth + 1)
    }
  }
  settle(roots, 0)
  return roots
}

/** The unit and every unit below it: where it may not be moved. */
export function subtreeIds(units: OrgUnit[], id: string): Set<string> {
  const found = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const unit of units) {
      if (unit.parent_id && found.has(unit.parent_id) && !found.has(unit.id)) {
        found.add(unit.id)
        grew = true
      }
    }
  }
  return found
}

/** Options for an NTreeSelect of units; `disabled` ids stay visible but cannot be chosen. */
export function unitOptions(units: OrgUnit[], disabled: Set<string> = new Set()): TreeSelectOption[] {
  const convert = (node: UnitNode): TreeSelectOption => ({
    key: node.unit.id,
    label: node.unit.name,
    disabled: disabled.has(node.unit.id),
    children: node.children.length ? node.children.map(convert) : undefined,
  })
  return unitForest(units).map(convert)
}

/** The roles whose permissions exceed `held`: roles the signed-in user may not hand out. */
export function rolesBeyond(roles: RoleInfo[], held: Set<string>): Set<Role> {
  return new Set(roles.filter((role) => role.permissions.some((p) => !held.has(p))).map((role) => role.role))
}

export function isLocked(user: User, now = Date.now()): boolean {
  return !!user.locked_until && Date.parse(user.locked_until) > now
}

/** A moment in the viewer's time zone, to the second. */
export function localTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(new Date(iso))
}

/** ISO 8601 with the browser's own UTC offset, as the API's `since`/`until` want. */
export function isoWithOffset(ms: number): string {
  const date = new Date(ms)
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')
  const offset = -date.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:`
    + `${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
}

/** The day range of an NDatePicker as [since, until): from the first day's start to the day after the last. */
export function dayRange(range: [number, number] | null): { since?: string; until?: string } {
  if (!range) return {}
  const start = new Date(range[0])
  start.setHours(0, 0, 0, 0)
  const end = new Date(range[1])
  end.setHours(0, 0, 0, 0)
  end.setDate(end.getDate() + 1)
  return { since: isoWithOffset(start.getTime()), until: isoWithOffset(end.getTime()) }
}

/** The actions docs/api.md lists, and routing's configuration changes. */
export const AUDIT_ACTIONS = [
  'user.create', 'user.update', 'user.password_reset', 'user.password_change', 'user.unlock',
  'org_unit.create', 'org_unit.update', 'org_unit.delete',
  'auth.login', 'auth.login_failed', 'auth.lockout', 'auth.refresh_reuse', 'auth.logout',
  'tenant.create', 'tenant.update', 'merchant.create', 'merchant.update',
  'api_key.create', 'api_key.revoke', 'audit.read', 'contact.update',
  'site.create', 'site.update', 'site.rotate_identity_secret',
  'webhook.create', 'webhook.update', 'webhook.delete', 'webhook.rotate_secret',
  'routing.policy', 'routing.group.create', 'routing.group.update', 'routing.group.delete',
  'routing.rule.create', 'routing.rule.update', 'routing.rule.delete', 'routing.rule.order',
  'routing.list.add', 'routing.list.remove',
] as const

export const AUDIT_TARGETS = [
  'user', 'org_unit', 'session', 'tenant', 'api_key', 'audit_log', 'contact', 'site', 'webhook', 'skill_group', 'routing_rule',
] as const
