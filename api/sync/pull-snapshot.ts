import type { Change } from '../contract/sync-protocol.ts'
import { tableNames } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import type { SnapshotCursor } from './cursor.ts'
import { rowJson } from './row-json.ts'

export interface SnapshotPage {
  changes: Change[]
  /** Where the next page starts, or null once every table has been read. */
  next: SnapshotCursor | null
}

/**
 * Reads up to `room` visible, non-deleted rows after the cursor, table by table in a fixed
 * order and by id within each table, as the user (row-level security filters them).
 */
export async function readSnapshot(
  tx: Queryable,
  cursor: SnapshotCursor,
  room: number,
): Promise<SnapshotPage> {
  const changes: Change[] = []
  let position: SnapshotCursor = cursor
  while (changes.length < room) {
    const table = tableNames[position.table]
    if (!table) return { changes, next: null }
    const wanted = room - changes.length
    const rows = await tx.query<Record<string, unknown> & { id: string; version: number }>(
      `select t.* from public.${table} t
        where t.deleted_at is null and ($1::uuid is null or t.id > $1::uuid)
        order by t.id limit $2`,
      [position.after, wanted],
    )
    for (const row of rows) {
      changes.push({
        table,
        op: 'upsert',
        id: row.id,
        row: rowJson(table, row),
        version: row.version,
      })
    }
    const last = rows.at(-1)
    if (rows.length === wanted && last) {
      position = { ...position, after: last.id }
    } else if (position.table + 1 < tableNames.length) {
      position = { ...position, table: position.table + 1, after: null }
    } else {
      return { changes, next: null }
    }
  }
  return { changes, next: position }
}
