import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { findRow } from './find-row.ts'
import { forbidden } from './forbidden.ts'
import type { MutationAttempt } from './mutation-attempt.ts'
import { Rejection } from './rejection.ts'
import { tablePolicies } from '../contract/table-policy.ts'

/**
 * Tombstones a row (sets `deleted_at`) as the user and returns its version. Deleting a row
 * that is already deleted is applied again without change, so a resent delete is harmless.
 */
export async function applyDelete(
  tx: Queryable,
  attempt: MutationAttempt,
  table: TableName,
  id: string,
): Promise<number> {
  const { orgId, locked } = await findRow<{ deleted: boolean; version: number }>(
    tx,
    table,
    id,
    't.deleted_at is not null as deleted, t.version',
  )
  if (!orgId) {
    throw new Rejection(
      'not_found',
      `This ${tablePolicies[table].noun} no longer exists or isn't shared with you`,
    )
  }
  if (!locked) throw await forbidden(tx, table, orgId, 'delete')
  attempt.orgId = orgId
  if (locked.deleted) return locked.version
  const [row] = await tx.query<{ version: number }>(
    `update public.${table} t set deleted_at = now() where t.id = $1 returning t.version`,
    [id],
  )
  if (!row) throw await forbidden(tx, table, orgId, 'delete')
  return row.version
}
