import type { MutationResult, PushResponse } from '../../api/contract/sync-protocol.ts'
import type { TableName } from '../../api/contract/tables.ts'
import type { AnyRow, LocalDb, OutboxEntry, Rejection, Shadow } from '../local/local-db.ts'
import { groupPending, overlay, rowKey } from '../local/shadows.ts'

/** The server's copy of a row after it applied `entry`, as far as this device can tell. */
function advance(base: AnyRow | null, entry: OutboxEntry, version: number | undefined) {
  if (entry.op === 'delete') return null
  const merged: AnyRow = { ...(base ?? { id: entry.id }), ...entry.fields }
  return version === undefined ? merged : { ...merged, version }
}

/** A duplicate that carries a code was refused the first time (its answer was lost). */
const isRefusal = (result: MutationResult | undefined) =>
  result?.status === 'rejected' || (result?.status === 'duplicate' && Boolean(result.code))

interface Touched {
  entry: OutboxEntry
  refused: boolean
  version?: number
}

/** Stores the server's version on rows whose change was applied, a table at a time. */
async function recordVersions(db: LocalDb, touched: Touched[]) {
  const byTable = new Map<TableName, Touched[]>()
  for (const t of touched) {
    if (t.version === undefined || t.entry.op === 'delete') continue
    byTable.set(t.entry.table, [...(byTable.get(t.entry.table) ?? []), t])
  }
  for (const [table, list] of byTable) {
    const rows = db.synced(table)
    const current = await rows.bulkGet(list.map((t) => t.entry.id))
    const newer = current.flatMap((row, i) => {
      const version = list[i]?.version ?? 0
      return row && (row.version ?? 0) < version ? [{ ...row, version }] : []
    })
    if (newer.length) await rows.bulkPut(newer)
  }
}

/**
 * Applies a push answer in one transaction: drops the acknowledged outbox entries (seq ≤
 * lastSeq), stores the server's version on applied rows, and moves refused changes to
 * `rejections` with their text, undoing them on the local row. Reads and writes in bulk, so a
 * batch of 500 costs a handful of IndexedDB requests, not thousands. Returns the counts.
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
    const answered = sent.filter((entry) => entry.seq <= response.lastSeq)
    const queued = await db.outbox.bulkGet(answered.map((entry) => entry.seq))
    // Gone already: another tab settled it first.
    const entries = answered.filter((_, i) => queued[i])
    const keys = [...new Set(entries.map((entry) => rowKey(entry.table, entry.id)))]
    const found = await db.shadows.bulkGet(keys)
    const shadows = new Map(keys.map((key, i) => [key, found[i]]))

    const touched = new Map<string, Touched>()
    const rejections: Rejection[] = []
    for (const entry of entries) {
      const result = results.get(entry.seq)
      const key = rowKey(entry.table, entry.id)
      const mark = touched.get(key) ?? { entry, refused: false }
      touched.set(key, mark)
      if (isRefusal(result)) {
        mark.refused = true
        rejections.push({
          seq: entry.seq,
          table: entry.table,
          op: entry.op,
          id: entry.id,
          code: result?.code ?? 'unknown',
          message: result?.message ?? 'The server refused this change.',
          fields: entry.fields ?? {},
          at: at.toISOString(),
        })
        continue
      }
      const shadow = shadows.get(key)
      if (shadow) shadows.set(key, { key, row: advance(shadow.row, entry, result?.version) })
      if (result?.version !== undefined) mark.version = Math.max(mark.version ?? 0, result.version)
    }
    if (rejections.length) await db.rejections.bulkPut(rejections)
    await db.outbox.bulkDelete(entries.map((entry) => entry.seq))
    await recordVersions(db, [...touched.values()])

    const stillPending = groupPending(
      await db.outbox
        .where('[table+id]')
        .anyOf([...touched.values()].map(({ entry }) => [entry.table, entry.id]))
        .toArray(),
    )
    const keepShadows: Shadow[] = []
    const dropShadows: string[] = []
    for (const [key, { entry, refused }] of touched) {
      const remaining = stillPending.get(key) ?? []
      const shadow = shadows.get(key)
      if (refused && shadow) {
        // Undo the refused change: what the server kept, with the still-pending changes over it.
        const shown = overlay(shadow.row, remaining)
        if (shown === null) await db.synced(entry.table).delete(entry.id)
        else if (shown) await db.synced(entry.table).put(shown)
      }
      if (!shadow) continue
      if (remaining.length) keepShadows.push(shadow)
      else dropShadows.push(key)
    }
    if (keepShadows.length) await db.shadows.bulkPut(keepShadows)
    if (dropShadows.length) await db.shadows.bulkDelete(dropShadows)
    return { acknowledged: entries.length, rejected: rejections.length }
  })
}
