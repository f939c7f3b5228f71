import type { LocalDb } from './local-db.ts'

/**
 * Stores a form's unsaved state (e.g. the check-in being typed) so it survives the app closing.
 */
export async function saveDraft(db: LocalDb, key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, savedAt: new Date().toISOString() })
}

/**
 * The stored draft's value, or undefined; validate it before use (it may predate an update).
 */
export async function loadDraft(db: LocalDb, key: string): Promise<unknown> {
  return (await db.drafts.get(key))?.value
}

/**
 * Forgets a draft, e.g. once the check-in is saved.
 */
export async function clearDraft(db: LocalDb, key: string): Promise<void> {
  await db.drafts.delete(key)
}

/**
 * How many drafts are stored: work typed on this device but not saved yet (a draft is cleared
 * once saved, and not stored while empty).
 */
export async function draftCount(db: LocalDb): Promise<number> {
  return db.drafts.count()
}
