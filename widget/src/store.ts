/** localStorage per site, failing soft (private modes, full quotas, blocked storage). */

const memory = new Map<string, string>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class SiteStore {
  constructor(private readonly site: string) {}

  private key(name: string): string {
    return `kefu:${this.site}:${name}`;
  }

  get<T>(name: string): T | null {
    const key = this.key(name);
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(key) ?? memory.get(key) ?? null;
    } catch {
      raw = memory.get(key) ?? null;
    }
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  }

  set(name: string, value: unknown): void {
    const key = this.key(name);
    const raw = JSON.stringify(value);
    memory.set(key, raw);
    try {
      storage()?.setItem(key, raw);
    } catch {
      // Quota or privacy mode: the in-memory copy still serves this page.
    }
  }

  remove(name: string): void {
    const key = this.key(name);
    memory.delete(key);
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing to do.
    }
  }
}

/** A random UUID, also outside secure contexts where crypto.randomUUID is missing. */
export function uuid(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
