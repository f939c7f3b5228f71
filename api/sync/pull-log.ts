import type { Change } from '../contract/sync-protocol.ts'
import { tableName, type TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { xidBelow, type LogCursor } from './cursor.ts'
import { rowJson } from './row-json.ts'

interface LogEntry {
  id: number
  xid: string
  table_name: string
  row_id: string
  version: number
}

export interface LogPage {
  changes: Change[]
  next: LogCursor
  hasMore: boolean
}

type FetchedRow = Record<string, unknown> & { id: string; version: number; deleted_at: unknown }

async function currentRows(tx: Queryable, table: TableName, ids: string[]) {
  const rows = await tx.query<FetchedRow>(
    `select t.* from public.${table} t
      where t.id in (select jsonb_array_elements_text($1::text::jsonb)::uuid)`,
    [JSON.stringify(ids)],
  )
  return new Map(rows.map((row) => [row.id, row]))
}

async function snapshotFence(tx: Queryable): Promise<string> {
  const [fence] = await tx.query<{ xid: string }>(
    'select pg_snapshot_xmin(pg_current_snapshot())::text as xid',
  )
  return fence?.xid ?? '0'
}

/**
 * Reads up to `room` change-log entries after the cursor, only below the oldest transaction
 * still running (`pg_snapshot_xmin`): an entry of a transaction that commits late has an xid
 * at or above that fence, so it is still ahead of every cursor when it becomes visible. Each
 * changed row is sent once, in its current state as the user sees it; a row they no longer
 * see (deleted, made private) goes as a delete. `knownFence` is the snapshot's xmin when the
 * caller reads it anyway in this (repeatable-read) transaction, saving a round trip.
 */
export async function readLog(
  tx: Queryable,
  cursor: LogCursor,
  room: number,
  knownFence?: string | Promise<string>,
): Promise<LogPage> {
  const entries = await tx.query<LogEntry>(
    `select c.id, c.xid::text as xid, c.table_name, c.row_id, c.version
       from public.change_log c
      where (c.xid, c.id) > ($1::xid8, $2::bigint)
        and c.xid < pg_snapshot_xmin(pg_current_snapshot())
      order by c.xid, c.id
      limit $3`,
    [cursor.xid, cursor.after, room + 1],
  )
  const hasMore = entries.length > room
  const page = entries.slice(0, room)

  // One change per row, with the version of its last entry in the page.
  const latest = new Map<string, LogEntry>()
  for (const entry of page) latest.set(`${entry.table_name}:${entry.row_id}`, entry)
  const byTable = new Map<TableName, string[]>()
  for (const entry of latest.values()) {
    const table = tableName.safeParse(entry.table_name)
    if (!table.success) continue
    byTable.set(table.data, [...(byTable.get(table.data) ?? []), entry.row_id])
  }
  const fetched = new Map<TableName, Map<string, FetchedRow>>()
  for (const [table, ids] of byTable) fetched.set(table, await currentRows(tx, table, ids))

  const changes: Change[] = []
  for (const entry of latest.values()) {
    const table = tableName.safeParse(entry.table_name)
    if (!table.success) continue
    const row = fetched.get(table.data)?.get(entry.row_id)
    if (row && row.deleted_at == null) {
      changes.push({
        table: table.data,
        op: 'upsert',
        id: row.id,
        row: rowJson(table.data, row),
        version: row.version,
      })
    } else {
      const version = row?.version ?? entry.version
      changes.push({ table: table.data, op: 'delete', id: entry.row_id, row: null, version })
    }
  }

  const last = page.at(-1)
  let next: LogCursor = last ? { ...cursor, xid: last.xid, after: last.id } : cursor
  if (!hasMore) {
    // Everything visible below the fence has been read: start the next pull at the fence.
    const fence = (await knownFence) ?? (await snapshotFence(tx))
    if (xidBelow(next.xid, fence)) next = { ...cursor, xid: fence, after: 0 }
  }
  return { changes, next, hasMore }
}
