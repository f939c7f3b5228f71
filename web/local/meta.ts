import type { LocalDb, MetaEntry, MetaKey, MetaValues } from './local-db.ts'

/**
 * Reads one meta value; joins the caller's transaction when called inside one.
 */
export async function readMeta<K extends MetaKey>(
  db: LocalDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const entry = await db.meta.get(key)
  return entry?.value as MetaValues[K] | undefined
}

/**
 * Writes one meta value (undefined deletes it).
 */
export async function writeMeta<K extends MetaKey>(
  db: LocalDb,
  key: K,
  value: MetaValues[K] | undefined,
): Promise<void> {
  if (value === undefined) await db.meta.delete(key)
  else await db.meta.put({ key, value } as MetaEntry)
}

/**
 * How many captured changes the server has not acknowledged yet.
 */
export async function pendingCount(db: LocalDb): Promise<number> {
  return db.outbox.count()
}

/**
 * When the oldest unacknowledged change was captured, or null when nothing is pending.
 */
export async function oldestPendingAt(db: LocalDb): Promise<string | null> {
  const first = await db.outbox.orderBy('seq').first()
  return first?.capturedAt ?? null
}
