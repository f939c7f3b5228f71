import { isAuthored, type TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'

const quoted = (column: string) => `"${column}"`

/** A row to write: its id, and its columns' values as the device sent them. */
export type RowRecord = Record<string, unknown> & { id: string }

/**
 * Inserts rows that set the same `columns` (besides id and org_id) as the user, in one
 * statement, and returns each new row's version by id. The author of an authored table's row
 * is `authorId` — whoever the token says, never a field the device sent.
 */
export async function insertRows(
  tx: Queryable,
  table: TableName,
  columns: string[],
  records: (RowRecord & { org_id: string | null })[],
  authorId: string,
): Promise<Map<string, number>> {
  const authored = isAuthored(table)
  const inserted = await tx.query<{ id: string; version: number }>(
    `insert into public.${table} (id, org_id${columns.map((c) => `, ${quoted(c)}`).join('')}${
      authored ? ', author_id' : ''
    })
     select r.id, r.org_id${columns.map((c) => `, r.${quoted(c)}`).join('')}${
       authored ? ', $2::uuid' : ''
     }
       from jsonb_populate_recordset(null::public.${table}, $1::text::jsonb) with ordinality as r
      order by r.ordinality
     returning id, version`,
    [JSON.stringify(records), ...(authored ? [authorId] : [])],
  )
  return new Map(inserted.map((row) => [row.id, Number(row.version)]))
}

/**
 * Sets `columns` of existing rows as the user, in one statement, and returns each changed
 * row's new version by id (a row the user may not change is missing).
 */
export async function setColumns(
  tx: Queryable,
  table: TableName,
  columns: string[],
  records: RowRecord[],
): Promise<Map<string, number>> {
  const updated = await tx.query<{ id: string; version: number }>(
    `update public.${table} t set ${columns.map((c) => `${quoted(c)} = r.${quoted(c)}`).join(', ')}
       from jsonb_populate_recordset(null::public.${table}, $1::text::jsonb) as r
      where t.id = r.id
     returning t.id, t.version`,
    [JSON.stringify(records)],
  )
  return new Map(updated.map((row) => [row.id, Number(row.version)]))
}
