// The REST client: bearer tokens, one refresh at a time, and the API's error body as an
// ApiError whose `code` the UI translates and whose `details` point at form fields.
import type { components } from './schema'

export type Schema<K extends keyof components['schemas']> = components['schemas'][K]

export const API = '/api/v1'

export interface Tokens {
  access_token: string
  refresh_token: string
  expires_at: string
  tenant: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message)
  }

  /** Field → message for 422 validation errors (`details` is a list of {loc, msg}). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    if (this.code === 'validation_error' && Array.isArray(this.details)) {
      for (const item of this.details as { loc?: unknown[]; msg?: string }[]) {
        const loc = (item.loc ?? []).filter((part) => part !== 'body')
        const field = loc.map(String).join('.')
        if (field && !(field in out)) out[field] = item.msg ?? this.message
      }
    }
    return out
  }
}

const STORAGE_KEY = 'kefu.session'
let tokens: Tokens | null = load()
let refreshing: Promise<boolean> | null = null
const listeners = new Set<(tokens: Tokens | null) => void>()

function load(): Tokens | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as Tokens) : null
  } catch {
    return null
  }
}

export function currentTokens(): Tokens | null {
  return tokens
}

export function setTokens(next: Tokens | null): void {
  tokens = next
  if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
  else localStorage.removeItem(STORAGE_KEY)
  for (const listener of listeners) listener(next)
}

/** Called when the session changes, here or (through storage events) in another tab. */
export function onTokens(listener: (tokens: Tokens | null) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return
  tokens = load()
  for (const listener of listeners) listener(tokens)
})

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { code?: string; message?: string; details?: unknown }
    return new ApiError(response.status, body.code ?? 'http_error', body.message ?? response.statusText, body.details ?? null)
  } catch {
    return new ApiError(response.status, 'http_error', response.statusText)
  }
}

/** Exchanges the refresh token once, however many requests found the access token stale. */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const held = tokens
    if (!held) return false
    try {
      const response = await fetch(`${API}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: held.refresh_token }),
      })
      if (!response.ok) {
        // Another tab may have rotated it first: its tokens arrived through storage.
        const stored = load()
        if (stored && stored.refresh_token !== held.refresh_token) {
          tokens = stored
          return true
        }
        setTokens(null)
        return false
      }
      const fresh = (await response.json()) as Schema<'TokenOut'>
      setTokens({ ...fresh, tenant: held.tenant })
      return true
    } catch {
      return false
    } finally {
      refreshing = null
    }
  })()
  return refreshing
}

type Query = Record<string, string | number | boolean | null | undefined | string[]>

function url(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined || value === '') continue
    if (Array.isArray(value)) value.forEach((item) => params.append(key, item))
    else params.set(key, String(value))
  }
  const search = params.toString()
  return `${API}${path}${search ? `?${search}` : ''}`
}

export interface RequestOptions {
  query?: Query
  body?: unknown
  form?: FormData
  signal?: AbortSignal
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const send = () => {
    const headers: Record<string, string> = {}
    if (tokens) headers.Authorization = `Bearer ${tokens.access_token}`
    let body: BodyInit | undefined
    if (options.form) body = options.form
    else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    return fetch(url(path, options.query), { method, headers, body, signal: options.signal })
  }
  let response = await send()
  if (response.status === 401 && tokens) {
    const error = await errorOf(response.clone())
    if (error.code === 'token_expired' && (await refresh())) response = await send()
    else if (['session_revoked', 'invalid_token', 'account_disabled', 'tenant_suspended'].includes(error.code)) {
      setTokens(null)
      throw error
    }
  }
  if (!response.ok) throw await errorOf(response)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
}

/** Every page of a keyset-paginated list, for the short lists the admin screens show. */
export async function all<T>(path: string, query: Query = {}, cap = 2000): Promise<T[]> {
  const items: T[] = []
  let cursor: string | null = null
  do {
    const page: { items: T[]; next_cursor: string | null } = await http.get(path, { ...query, limit: 200, cursor })
    items.push(...page.items)
    cursor = page.items.length ? page.next_cursor : null
  } while (cursor && items.length < cap)
  return items
}
