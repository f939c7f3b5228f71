import type { PushResponse } from '../../api/contract/sync-protocol.ts'
import type { AnyRow, LocalDb, OutboxEntry } from '../local/local-db.ts'
import { overlay, rowKey } from '../local/shadows.ts'

/** The server's copy of a row after it applied `entry`, as far as this device can tell. */
function advance(base: AnyRow | null, entry: OutboxEntry, version: number | undefined) {
  if (entry.op === 'delete') return null
  const merged: AnyRow = { ...(base ?? { id: entry.id }), ...entry.fields }
  return version === undefined ? merged : { ...merged, version }
}

async function settle(db: LocalDb, entry: OutboxEntry, refused: boolean): Promise<void> {
  const key = rowKey(entry.table, entry.id)
  const remaining = await db.outbox
    .where('[table+id]')
    .equals([entry.table, entry.id])
    .sortBy('seq')
  const shadow = await db.shadows.get(key)
  if (refused && shadow) {
    // Undo the refused change: what the server kept, with the still-pending changes over it.
    const shown = overlay(shadow.row, remaining)
    if (shown === null) await db.synced(entry.table).delete(entry.id)
    else if (shown) await db.synced(entry.table).put(shown)
  }
  if (remaining.length === 0) await db.shadows.delete(key)
}

async function recordVersion(db: LocalDb, entry: OutboxEntry, version: number | undefined) {
  if (version === undefined || entry.op === 'delete') return
  const rows = db.synced(entry.table)
  const row = await rows.get(entry.id)
  if (row && (row.version ?? 0) < version) await rows.put({ ...row, version })
}

/**
 * Applies a push answer in one transaction: drops the acknowledged outbox entries (seq ≤
 * lastSeq), stores the server's version on applied rows, and moves refused changes to
 * `rejections` with their text, undoing them on the local row. Returns the counts.
 *
 * @example
 * const { acknowledged, rejected } = await applyPushResults(db, batch, answer, new Date())
 */
export async function applyPushResults(
  db: LocalDb,
  sent: OutboxEntry[],
  response: PushResponse,
  at: Date,
): Promise<{ acknowledged: number; rejected: number }> {
  const results = new Map(response.results.map((result) => [result.seq, result]))
  return db.transaction('rw', db.writeScope(), async () => {
    const touched = new Map<string, { entry: OutboxEntry; refused: boolean }>()
    let acknowledged = 0
    let rejected = 0
    for (const entry of sent) {
      if (entry.seq > response.lastSeq) break
      // Gone already: another tab settled it first.
      if (!(await db.outbox.get(entry.seq))) continue
      const result = results.get(entry.seq)
      const key = rowKey(entry.table, entry.id)
      const mark = touched.get(key) ?? { entry, refused: false }
      touched.set(key, mark)
      // A duplicate that carries a code was refused the first time (its answer was lost).
      if (result?.status === 'rejected' || (result?.status === 'duplicate' && result.code)) {
        rejected += 1
        mark.refused = true
        await db.rejections.put({
          seq: entry.seq,
          table: entry.table,
          op: entry.op,
          id: entry.id,
          code: result.code ?? 'unknown',
          message: result.message ?? 'The server refused this change.',
          fields: entry.fields ?? {},
          at: at.toISOString(),
        })
      } else {
        const shadow = await db.shadows.get(key)
        if (shadow) await db.shadows.put({ key, row: advance(shadow.row, entry, result?.version) })
        await recordVersion(db, entry, result?.version)
      }
      await db.outbox.delete(entry.seq)
      acknowledged += 1
    }
    for (const { entry, refused } of touched.values()) await settle(db, entry, refused)
    return { acknowledged, rejected }
  })
}
