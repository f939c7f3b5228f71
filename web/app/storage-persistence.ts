import { isRecord, readCached, userCachePrefix, writeCached } from './local-cache.ts'

/** The browser's answer when the app asked it to keep this device's data. */
export interface PersistenceAnswer {
  granted: boolean
  askedAt: string
}

const cacheKey = `${userCachePrefix}persistence`

function parseAnswer(value: unknown): PersistenceAnswer | null {
  if (!isRecord(value) || typeof value.granted !== 'boolean') return null
  return { granted: value.granted, askedAt: typeof value.askedAt === 'string' ? value.askedAt : '' }
}

/**
 * What the browser said when asked after sign-in, or null if it has not been asked yet.
 */
export function readPersistenceAnswer(): PersistenceAnswer | null {
  return readCached(cacheKey, parseAnswer)
}

/**
 * Asks the browser, once per sign-in, not to evict this device's data (offline check-ins live
 * there until they sync). The answer is kept for the Device screen and forgotten at sign-out,
 * so the next person to sign in is asked again.
 */
export async function askPersistenceOnce(): Promise<PersistenceAnswer | null> {
  const known = readPersistenceAnswer()
  if (known) return known
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined
  if (!storage?.persist) return null
  const granted =
    (await storage.persisted?.().catch(() => false)) || (await storage.persist().catch(() => false))
  const answer = { granted, askedAt: new Date().toISOString() }
  writeCached(cacheKey, answer)
  return answer
}
