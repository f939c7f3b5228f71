import type { Change, PullResponse } from '../../api/contract/sync-protocol.ts'
import { tableNames, type TableName } from '../../api/contract/table-names.ts'
import {
  isTableName,
  type AnyRow,
  type DownloadProgress,
  type LocalDb,
  type OutboxEntry,
} from '../local/local-db.ts'
import { beginFullDownload } from '../local/full-download.ts'
import { getByRange } from '../local/key-ranges.ts'
import { readMeta, writeMeta } from '../local/meta.ts'
import { groupPending, overlay, rowKey } from '../local/shadows.ts'
import { deferFactUpkeep } from '../local/trust-facts-middleware.ts'
import { rebuildTrustFacts } from '../local/trust-facts-rebuild.ts'

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
  const found = await getByRange(
    rows,
    changes.map((change) => change.id),
  )
  const held = new Map(found.flatMap((row) => (row ? [[row.id, row.version] as const] : [])))
  const puts: AnyRow[] = []
  const deletes: string[] = []
  for (const change of changes) {
    const row = serverRow(change)
    const known = held.get(change.id)
    if (!row) {
      if (held.has(change.id)) deletes.push(change.id)
    } else if (known == null || known <= change.version) puts.push(row)
  }
  await Promise.all([rows.bulkDelete(deletes), rows.bulkPut(puts)])
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

async function applyChanges(db: LocalDb, changes: Change[], pending: Map<string, OutboxEntry[]>) {
  const plain = new Map<TableName, Change[]>()
  for (const change of latestPerRow(changes)) {
    if (!isTableName(change.table)) continue // a table this version of the app does not know
    const waiting = pending.get(rowKey(change.table, change.id))
    if (waiting) await applyWithPending(db, change, waiting)
    else plain.set(change.table, [...(plain.get(change.table) ?? []), change])
  }
  // IndexedDB runs the requests of one transaction in order anyway: issuing them together
  // saves a round trip through the event loop per table.
  await Promise.all([...plain].map(([table, list]) => applyPlain(db, table, list)))
}

/**
 * Applies pull pages (in order, as the server sent them) and saves the last one's cursor in ONE
 * transaction, so pages are either fully applied and never asked for again, or not at all.
 * During a full download (no cursor yet) the trust facts are left alone and rebuilt once, with
 * the download's last page. Returns the download's progress, or null outside a full download.
 */
export async function applyPullPages(
  db: LocalDb,
  pages: PullResponse[],
): Promise<DownloadProgress | null> {
  const last = pages.at(-1)
  if (!last) return null
  return db.transaction('rw', [...db.writeScope(), db.trust_facts], async (tx) => {
    const [cursor, deferred, stored, resyncing, outbox] = await Promise.all([
      readMeta(db, 'cursor'),
      readMeta(db, 'factsDeferred'),
      readMeta(db, 'downloadProgress'),
      readMeta(db, 'resyncing'),
      db.outbox.toArray(),
    ])
    const downloading = !cursor || deferred === true
    if (downloading) deferFactUpkeep(tx.idbtrans)
    const pending = groupPending(outbox)
    const changes = pages.flatMap((page) => page.changes)
    await applyChanges(db, changes, pending)
    await writeMeta(db, 'cursor', last.cursor)
    if (resyncing) {
      const seen = changes.map((change) => ({ key: rowKey(change.table, change.id) }))
      await db.resync_seen.bulkPut(seen)
      if (!last.hasMore) await sweepUnseen(db, pending)
    }
    if (!downloading) return null
    const progress: DownloadProgress = {
      received: (cursor ? (stored?.received ?? 0) : 0) + changes.length,
      estimatedTotal:
        pages.find((page) => page.estimatedTotal !== undefined)?.estimatedTotal ??
        (cursor ? (stored?.estimatedTotal ?? null) : null),
    }
    if (last.hasMore) {
      await writeMeta(db, 'factsDeferred', true)
      await writeMeta(db, 'downloadProgress', progress)
    } else {
      await rebuildTrustFacts(db)
      await writeMeta(db, 'factsDeferred', undefined)
      await writeMeta(db, 'downloadProgress', undefined)
    }
    return progress
  })
}

/**
 * Applies one pull page with its cursor in one transaction (see `applyPullPages`).
 */
export async function applyPullPage(db: LocalDb, page: PullResponse): Promise<void> {
  await applyPullPages(db, [page])
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
