import type { TableName } from '../contract/tables.ts'
import { asServer } from '../db/as-server.ts'
import type { Queryable } from '../db/database.ts'

/** A field whose value lost to another one: kept in `sync_conflicts` for people to review. */
export interface FieldConflict {
  field: string
  lost: unknown
  kept: unknown
}

/** The fields of one change to one row that lost, and what the row was when they did. */
export interface RowConflicts {
  table: TableName
  rowId: string
  orgId: string
  baseVersion: number | null
  serverVersion: number
  conflicts: FieldConflict[]
}

/**
 * SQL that is true when anyone but this device changed a row after a base version, from the
 * expressions for the row's id, its table's name, the base version and the device's id: one
 * rule for the change applied alone and for changes applied together.
 */
export const changedByOthers = (rowId: string, table: string, base: string, clientId: string) =>
  `exists (select 1 from public.change_log c
            where c.row_id = ${rowId} and c.table_name = ${table} and c.version > ${base}
              and c.client_id is distinct from ${clientId}::uuid)`

/**
 * Whether anyone but this device changed the row after `baseVersion`. A device's baseVersion
 * lags behind its own pushed changes until it pulls, so those must not count as conflicts.
 */
export async function changedByOthersSince(
  tx: Queryable,
  table: TableName,
  rowId: string,
  baseVersion: number,
  clientId: string,
): Promise<boolean> {
  const [found] = await tx.query<{ changed: boolean }>(
    `select ${changedByOthers('$1', '$2', '$3', '$4')} as changed`,
    [rowId, table, baseVersion, clientId],
  )
  return found?.changed ?? false
}

/**
 * Writes one `sync_conflicts` row per overwritten field, for any number of rows in one
 * statement, as the server: the log holds values of rows some members may not see (a check-in
 * made private), so nobody reads it through the Data API.
 *
 * @example
 * await recordConflicts(tx, userId, clientId, [{ table: 'contacts', rowId, orgId, baseVersion: 1,
 *   serverVersion: 2, conflicts: [{ field: 'notes', lost: 'old text', kept: 'new text' }] }])
 */
export async function recordConflicts(
  tx: Queryable,
  userId: string,
  clientId: string,
  rows: RowConflicts[],
) {
  const records = rows.flatMap((row) =>
    row.conflicts.map((c) => ({
      org_id: row.orgId,
      table_name: row.table,
      row_id: row.rowId,
      field: c.field,
      lost_value: c.lost === undefined ? null : c.lost,
      kept_value: c.kept === undefined ? null : c.kept,
      base_version: row.baseVersion,
      server_version: row.serverVersion,
    })),
  )
  if (records.length === 0) return
  const insert = `insert into public.sync_conflicts (org_id, table_name, row_id, field,
       lost_value, kept_value, client_id, base_version, server_version, user_id)
     select r.org_id, r.table_name, r.row_id, r.field, r.lost_value, r.kept_value, $2::uuid,
            r.base_version, r.server_version, $3::uuid
       from jsonb_to_recordset($1::text::jsonb) as r (ord int, org_id uuid, table_name text,
            row_id uuid, field text, lost_value jsonb, kept_value jsonb, base_version bigint,
            server_version bigint)
      order by r.ord`
  await asServer(tx, (owner) =>
    owner.query(insert, [
      JSON.stringify(records.map((r, ord) => ({ ord, ...r }))),
      clientId,
      userId,
    ]),
  )
}
