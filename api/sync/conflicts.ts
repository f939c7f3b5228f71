import type { TableName } from '../contract/tables.ts'
import { asServer } from '../db/as-server.ts'
import type { Queryable } from '../db/database.ts'

/** A field whose value lost to another one: kept in `sync_conflicts` for people to review. */
export interface FieldConflict {
  field: string
  lost: unknown
  kept: unknown
}

export interface ConflictScope {
  tx: Queryable
  userId: string
  table: TableName
  rowId: string
  orgId: string
  clientId: string
  baseVersion: number | null
  serverVersion: number
}

/**
 * Whether anyone but this device changed the row after `baseVersion`. A device's baseVersion
 * lags behind its own pushed changes until it pulls, so those must not count as conflicts.
 *
 * @example
 * const stale = await changedByOthersSince(tx, 'checkins', id, 2, clientId)
 */
export async function changedByOthersSince(
  tx: Queryable,
  table: TableName,
  rowId: string,
  baseVersion: number,
  clientId: string,
): Promise<boolean> {
  const [found] = await tx.query<{ changed: boolean }>(
    `select exists (
       select 1 from public.change_log c
        where c.row_id = $1 and c.table_name = $2 and c.version > $3
          and c.client_id is distinct from $4::uuid) as changed`,
    [rowId, table, baseVersion, clientId],
  )
  return found?.changed ?? false
}

/**
 * Writes one `sync_conflicts` row per overwritten field, in one statement, as the server: the
 * log holds values of rows some members may not see (a check-in made private), so nobody reads
 * it through the Data API.
 *
 * @example
 * await recordConflicts(scope, [{ field: 'notes', lost: 'old text', kept: 'new text' }])
 */
export async function recordConflicts(scope: ConflictScope, conflicts: FieldConflict[]) {
  if (conflicts.length === 0) return
  const rows = conflicts.map((c) => ({
    field: c.field,
    lost_value: c.lost === undefined ? null : c.lost,
    kept_value: c.kept === undefined ? null : c.kept,
  }))
  const insert = `insert into public.sync_conflicts (org_id, table_name, row_id, field,
       lost_value, kept_value, client_id, base_version, server_version, user_id)
     select $1::uuid, $2::text, $3::uuid, r.field, r.lost_value, r.kept_value, $4::uuid,
            $5::bigint, $6::bigint, $8::uuid
       from jsonb_to_recordset($7::text::jsonb) as r (field text, lost_value jsonb, kept_value jsonb)`
  await asServer(scope.tx, (owner) =>
    owner.query(insert, [
      scope.orgId,
      scope.table,
      scope.rowId,
      scope.clientId,
      scope.baseVersion,
      scope.serverVersion,
      JSON.stringify(rows),
      scope.userId,
    ]),
  )
}
