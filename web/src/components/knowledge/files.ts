// Files to and from the knowledge base: downloads that need the bearer token (an export,
// the template) and an upload that reports its progress (XMLHttpRequest: fetch cannot).
import { API, ApiError, currentTokens, refresh } from '@/api/http'

function authorization(): Record<string, string> {
  const tokens = currentTokens()
  return tokens ? { Authorization: `Bearer ${tokens.access_token}` } : {}
}

function errorFrom(status: number, statusText: string, body: string): ApiError {
  try {
    const parsed = JSON.parse(body) as { code?: string; message?: string; details?: unknown }
    return new ApiError(status, parsed.code ?? 'http_error', parsed.message ?? statusText, parsed.details ?? null)
  } catch {
    return new ApiError(status, 'http_error', statusText)
  }
}

async function expired(error: ApiError): Promise<boolean> {
  return error.status === 401 && error.code === 'token_expired' && (await refresh())
}

/** Downloads `path` as the file the server names (Content-Disposition). */
export async function download(path: string, query: Record<string, string>, fallbackName: string): Promise<void> {
  const url = `${API}${path}?${new URLSearchParams(query).toString()}`
  let response = await fetch(url, { headers: authorization() })
  if (!response.ok) {
    const error = errorFrom(response.status, response.statusText, await response.text())
    if (!(await expired(error))) throw error
    response = await fetch(url, { headers: authorization() })
    if (!response.ok) throw errorFrom(response.status, response.statusText, await response.text())
  }
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

export interface Upload<T> { done: Promise<T>; abort: () => void }

/** POSTs `file` as the multipart field `file`; `progress` gets the fraction sent (0–1). */
export function upload<T>(path: string, query: Record<string, string>, file: File, progress: (sent: number) => void): Upload<T> {
  let current: XMLHttpRequest | null = null
  let aborted = false
  const send = () =>
    new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      current = xhr
      xhr.open('POST', `${API}${path}?${new URLSearchParams(query).toString()}`)
      for (const [name, value] of Object.entries(authorization())) xhr.setRequestHeader(name, value)
      xhr.upload.onprogress = (event) => event.lengthComputable && progress(event.loaded / event.total)
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T)
        else reject(errorFrom(xhr.status, xhr.statusText, xhr.responseText))
      }
      xhr.onerror = () => reject(new TypeError('network'))
      xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'))
      const form = new FormData()
      form.append('file', file)
      xhr.send(form)
    })
  const done = (async () => {
    try {
      return await send()
    } catch (error) {
      if (aborted || !(error instanceof ApiError) || !(await expired(error))) throw error
      progress(0)
      return await send()
    }
  })()
  return {
    done,
    abort: () => {
      aborted = true
      current?.abort()
    },
  }
}
