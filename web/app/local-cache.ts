/**
 * Small JSON values the app keeps in localStorage so it can start offline. Keys under
 * `liaison:user:` belong to the signed-in person and are wiped on sign-out.
 */
export const userCachePrefix = 'liaison:user:'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Some privacy modes throw on access; the app then simply starts without a cache.
    return null
  }
}

/**
 * Reads and validates a cached value; null when absent, unreadable or rejected by `parse`.
 */
export function readCached<T>(key: string, parse: (value: unknown) => T | null): T | null {
  const raw = storage()?.getItem(key)
  if (!raw) return null
  try {
    return parse(JSON.parse(raw))
  } catch {
    return null
  }
}

/**
 * Stores a value as JSON; a full or unavailable storage only costs the offline start.
 */
export function writeCached(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value))
  } catch {
    // Quota exceeded: the value is a convenience, the app works without it.
  }
}

/**
 * Removes every cached value that belongs to the signed-in person.
 */
export function clearUserCaches(): void {
  const store = storage()
  if (!store) return
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i))
  for (const key of keys) if (key?.startsWith(userCachePrefix)) store.removeItem(key)
}

/**
 * Narrows an unknown JSON value to a plain object.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
