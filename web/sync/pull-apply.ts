import type { Change, PullResponse } from '../../api/contract/sync-protocol.ts'
import { tableNames, type TableName } from '../../api/contract/table-names.ts'
import { isTableName, type AnyRow, type LocalDb, type OutboxEntry } from '../local/local-db.ts'
import { beginFullDownload } from '../local/full-download.ts'
import { readMeta, writeMeta } from '../local/meta.ts'
import { groupPending, overlay, rowKey } from '../local/shadows.ts'

function serverRow(change: Change): AnyRow | null {
  if (change.op === 'delete' || !change.row || change.row.deleted_at) return null
  return { ...change.row, id: change.id, version: change.version }
}

async function applyWithPending(db: LocalDb, change: Change, pending: OutboxEntry[]) {
  const rows = db.synced(change.table as TableName)
  const row = serverRow(change)
  const key = rowKey(change.table, change.id)
  const known = (await db.shadows.get(key))?.row?.version
  if (row && known != null && known > change.version) return
  await db.shadows.put({ key, row })
  // Pending local fields win until the server acknowledges them; a server delete leaves a row
  // with pending edits in place so the refusal can be shown beside it.
  const shown = overlay(row, pending)
  if (shown === null) await rows.delete(change.id)
  else if (shown) await rows.put(shown)
}

// Rows without pending changes, one table at a time in bulk: the common case, and the initial
// download's whole cost.
async function applyPlain(db: LocalDb, table: TableName, changes: Change[]) {
  const rows = db.synced(table)
  const existing = await rows.bulkGet(changes.map((change) => change.id))
  const puts: AnyRow[] = []
  const deletes: string[] = []
  changes.forEach((change, index) => {
    const row = serverRow(change)
    const known = existing[index]?.version
    if (!row) deletes.push(change.id)
    else if (known == null || known <= change.version) puts.push(row)
  })
  await rows.bulkDelete(deletes)
  await rows.bulkPut(puts)
}

/** The last change per row (a page may hold several for one row), in page order. */
function latestPerRow(changes: Change[]): Change[] {
  const latest = new Map<string, Change>()
  for (const change of changes) {
    const key = rowKey(change.table, change.id)
    latest.delete(key)
    latest.set(key, change)
  }
  return [...latest.values()]
}

/**
 * Applies one pull page and saves its cursor in ONE transaction, so a page is either fully
 * applied and never asked for again, or not at all.
 *
 * @example
 * await applyPullPage(db, page)
 */
export async function applyPullPage(db: LocalDb, page: PullResponse): Promise<void> {
  await db.transaction('rw', db.writeScope(), async () => {
    const pending = groupPending(await db.outbox.toArray())
    const plain = new Map<TableName, Change[]>()
    for (const change of latestPerRow(page.changes)) {
      if (!isTableName(change.table)) continue // a table this version of the app does not know
      const waiting = pending.get(rowKey(change.table, change.id))
      if (waiting) await applyWithPending(db, change, waiting)
      else plain.set(change.table, [...(plain.get(change.table) ?? []), change])
    }
    for (const [table, changes] of plain) await applyPlain(db, table, changes)
    await writeMeta(db, 'cursor', page.cursor)
    if (await readMeta(db, 'resyncing')) {
      const seen = page.changes.map((change) => ({ key: rowKey(change.table, change.id) }))
      await db.resync_seen.bulkPut(seen)
      if (!page.hasMore) await sweepUnseen(db, pending)
    }
  })
}

// The end of a full download: what the server did not send is no longer the person's to see,
// unless it has changes waiting to be sent.
async function sweepUnseen(db: LocalDb, pending: Map<string, OutboxEntry[]>) {
  const seen = new Set(await db.resync_seen.toCollection().primaryKeys())
  for (const table of tableNames) {
    const ids = await db.synced(table).toCollection().primaryKeys()
    const gone = ids.filter((id) => {
      const key = rowKey(table, id)
      return !seen.has(key) && !pending.has(key)
    })
    await db.synced(table).bulkDelete(gone)
  }
  await db.resync_seen.clear()
  await writeMeta(db, 'resyncing', undefined)
}

/**
 * The server no longer has the history this device's cursor points into (or what the person
 * may see has changed): download everything again from scratch. The rows on the device stay
 * on screen meanwhile — also offline, should the download be cut short — and the download
 * removes, when it ends, every row it did not send that has no pending changes. The outbox,
 * drafts and rejections are kept.
 *
 * @example
 * await resetLocalData(db) // then pull from scratch
 */
export async function resetLocalData(db: LocalDb): Promise<void> {
  await db.transaction('rw', db.writeScope(), () => beginFullDownload(db))
}
