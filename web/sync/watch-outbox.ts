import { liveQuery } from 'dexie'
import type { LocalDb } from '../local/local-db.ts'

/**
 * Watches the outbox, in this tab and others (Dexie's live queries cross tabs): `onWrite` when a
 * change with a higher seq than seen before arrives, `onChange` for any other change (drained by
 * a sync). Returns a function that stops watching.
 *
 * @example
 * const stop = watchOutbox(db, () => engine.notifyLocalWrite(), refreshStatus)
 */
export function watchOutbox(db: LocalDb, onWrite: () => void, onChange: () => void): () => void {
  let lastSeq: number | undefined
  const subscription = liveQuery(
    async () => (await db.outbox.orderBy('seq').lastKey()) as number | undefined,
  ).subscribe({
    next(seq) {
      const newer = typeof seq === 'number' && lastSeq !== undefined && seq > lastSeq
      if (typeof seq === 'number' || lastSeq === undefined) lastSeq = seq ?? 0
      if (newer) onWrite()
      else onChange()
    },
    error: () => undefined,
  })
  return () => subscription.unsubscribe()
}
