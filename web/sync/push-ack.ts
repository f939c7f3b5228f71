import type { MutationResult, PushResponse } from '../../api/contract/sync-protocol.ts'
import type { TableName } from '../../api/contract/tables.ts'
import type { IndexableType, Table } from 'dexie'
import type { AnyRow, LocalDb, OutboxEntry, Rejection, Shadow } from '../local/local-db.ts'
import { deleteAsRanges, getByRange } from '../local/key-ranges.ts'
import { withoutFactUpkeep } from '../local/trust-facts-middleware.ts'
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

/**
 * Stores the server's version on rows whose change was applied, a table at a time. A version
 * is nothing the trust facts hold, so these writes skip their upkeep.
 */
async function recordVersions(db: LocalDb, trans: object, touched: Touched[]) {
  const byTable = new Map<TableName, Touched[]>()
  for (const t of touched) {
    if (t.version === undefined || t.entry.op === 'delete') continue
    byTable.set(t.entry.table, [...(byTable.get(t.entry.table) ?? []), t])
  }
  const stamp = async (table: TableName, list: Touched[]) => {
    const rows = db.synced(table)
    const current = await getByRange(
      rows,
      list.map((t) => t.entry.id),
    )
    const newer = current.flatMap((row, i) => {
      const version = list[i]?.version ?? 0
      return row && (row.version ?? 0) < version ? [{ ...row, version }] : []
    })
    if (newer.length) await rows.bulkPut(newer)
  }
  await withoutFactUpkeep(trans, () =>
    Promise.all([...byTable].map(([table, list]) => stamp(table, list))),
  )
}

/**
 * Entries of a table by key: the whole table in one request when it holds no more than `room`
 * (the common case: the outbox and the shadows hold little more than one batch), else the keys
 * asked for, one request each.
 */
async function readFew<T, K extends IndexableType>(
  table: Table<T, K>,
  keys: K[],
  keyOf: (value: T) => K,
  room: number,
): Promise<{ found: Map<K, T>; whole: boolean }> {
  const whole = (await table.count()) <= room
  const values = whole ? await table.toArray() : await table.bulkGet(keys)
  const found = new Map(values.flatMap((value) => (value ? [[keyOf(value), value] as const] : [])))
  return { found, whole }
}

/**
 * Applies a push answer in one transaction: drops the acknowledged outbox entries (seq ≤
 * lastSeq), stores the server's version on applied rows, and moves refused changes to
 * `rejections` with their text, undoing them on the local row. Reads and writes in bulk, so a
 * batch of 500 costs a handful of IndexedDB requests beyond one per row written. Returns the
 * counts.
 */
export async function applyPushResults(
  db: LocalDb,
  sent: OutboxEntry[],
  response: PushResponse,
  at: Date,
): Promise<{ acknowledged: number; rejected: number }> {
  const results = new Map(response.results.map((result) => [result.seq, result]))
  return db.transaction('rw', db.writeScope(), async (tx) => {
    const answered = sent.filter((entry) => entry.seq <= response.lastSeq)
    const low = answered[0]?.seq ?? 0
    const high = answered.at(-1)?.seq ?? 0
    // A batch is a run of consecutive seqs: whatever is still queued in it is the batch's.
    const inBatch = db.outbox.where(':id').between(low, high, true, true)
    const queued = new Set(answered.length ? await inBatch.primaryKeys() : [])
    // Gone already: another tab settled it first.
    const entries = answered.filter((entry) => queued.has(entry.seq))
    const keys = [...new Set(entries.map((entry) => rowKey(entry.table, entry.id)))]
    const room = 2 * keys.length + 1
    const stored = await readFew(db.shadows, keys, (shadow) => shadow.key, room)
    const everyShadow = stored.whole ? [...stored.found.keys()] : null
    const shadows: Map<string, Shadow | undefined> = stored.found

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
    await Promise.all([
      rejections.length ? db.rejections.bulkPut(rejections) : undefined,
      queued.size ? inBatch.delete() : undefined,
      recordVersions(db, tx.idbtrans, [...touched.values()]),
    ])

    // After the drop, the outbox holds only changes made after the batch.
    const few = (await db.outbox.count()) <= room
    const later = few
      ? (await db.outbox.toArray()).filter((entry) => touched.has(rowKey(entry.table, entry.id)))
      : await db.outbox
          .where('[table+id]')
          .anyOf([...touched.values()].map(({ entry }) => [entry.table, entry.id]))
          .toArray()
    const stillPending = groupPending(later)
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
    if (dropShadows.length && everyShadow) {
      await deleteAsRanges(db.shadows, dropShadows, everyShadow)
    } else if (dropShadows.length) await db.shadows.bulkDelete(dropShadows)
    return { acknowledged: entries.length, rejected: rejections.length }
  })
}
