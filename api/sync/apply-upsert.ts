import type { Mutation } from '../contract/sync-protocol.ts'
import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { changedByOthersSince, recordConflicts } from './conflicts.ts'
import { mergeFields } from './field-merge.ts'
import { findRow } from './find-row.ts'
import { forbidden } from './forbidden.ts'
import type { MutationAttempt } from './mutation-attempt.ts'
import { Rejection } from './rejection.ts'
import { insertRows, setColumns } from './row-statements.ts'
import { tablePolicies } from '../contract/table-policy.ts'
import type { PreparedFields } from './table-rules.ts'

type Json = Record<string, unknown>

export async function insertRow(
  tx: Queryable,
  attempt: MutationAttempt,
  table: TableName,
  mutation: Mutation,
  prepared: PreparedFields,
): Promise<number> {
  const noun = tablePolicies[table].noun
  if (table === 'orgs') {
    throw new Rejection('forbidden', 'Organisations are set up by Liaison staff, not from a device')
  }
  if (!prepared.orgId) {
    throw new Rejection('invalid_fields', `org_id: is required to create a ${noun}`)
  }
  attempt.orgId = prepared.orgId
  attempt.operation = 'insert'
  const record = { ...prepared.fields, id: mutation.id, org_id: prepared.orgId }
  const columns = Object.keys(prepared.fields)
  const version = (await insertRows(tx, table, columns, [record], attempt.userId)).get(mutation.id)
  if (version === undefined) throw await forbidden(tx, table, prepared.orgId, 'insert')
  return version
}

/**
 * Creates the row or sets the given fields on it, as the user (row-level security applies),
 * and returns its new version. Throws a `Rejection` for a change the server will not take.
 */
export async function applyUpsert(
  tx: Queryable,
  attempt: MutationAttempt,
  table: TableName,
  mutation: Mutation,
  prepared: PreparedFields,
): Promise<number> {
  const noun = tablePolicies[table].noun
  const found = await findRow<{ current: Json; incoming: Json }>(
    tx,
    table,
    mutation.id,
    `to_jsonb(t.*) as current,
     to_jsonb(jsonb_populate_record(null::public.${table}, $2::text::jsonb)) as incoming`,
    [JSON.stringify(prepared.fields)],
  )
  const { orgId, locked } = found
  if (!orgId) return insertRow(tx, attempt, table, mutation, prepared)
  if (!locked) throw await forbidden(tx, table, orgId, 'update')
  attempt.orgId = orgId
  const { current, incoming } = locked
  if (current.deleted_at != null) {
    throw new Rejection('deleted', `This ${noun} was deleted on another device`)
  }
  if (prepared.orgId && prepared.orgId !== orgId) {
    throw new Rejection('invalid_fields', `org_id: a ${noun} can't move to another organisation`)
  }
  const version = Number(current.version)
  const base = mutation.baseVersion ?? 0
  const stale =
    base < version && (await changedByOthersSince(tx, table, mutation.id, base, attempt.clientId))
  const { apply, conflicts } = mergeFields(table, prepared.fields, current, incoming, stale)
  await recordConflicts(tx, attempt.userId, attempt.clientId, [
    {
      table,
      rowId: mutation.id,
      orgId,
      baseVersion: mutation.baseVersion ?? null,
      serverVersion: version,
      conflicts,
    },
  ])
  const columns = Object.keys(apply)
  if (columns.length === 0) {
    if (!conflicts.length) return version
    // Nothing of the change stood (a stale reopen): touch the row anyway, so the change log
    // sends its true state back to the device that still shows its own value.
    const [touched] = await tx.query<{ version: number }>(
      `update public.${table} set updated_at = now() where id = $1 returning version`,
      [mutation.id],
    )
    if (!touched) throw await forbidden(tx, table, orgId, 'update')
    return touched.version
  }
  const written = await setColumns(tx, table, columns, [{ ...apply, id: mutation.id }])
  const newVersion = written.get(mutation.id)
  if (newVersion === undefined) throw await forbidden(tx, table, orgId, 'update')
  return newVersion
}
