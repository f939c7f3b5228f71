import type { Mutation } from '../contract/sync-protocol.ts'
import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { insertRow } from './apply-upsert.ts'
import type { MutationAttempt } from './mutation-attempt.ts'
import { Rejection } from './rejection.ts'
import { tablePolicies } from '../contract/table-policy.ts'
import type { PreparedFields } from './table-rules.ts'

type Json = Record<string, unknown>

const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Writes one mutation of a history table (`tablePolicies[table].history`): a row is created once,
 * as the user, and never changed or deleted. A create the server already holds, sent again by
 * its author with the same fields (a device re-sending its outbox), is answered with the row's
 * version; anything else aimed at an existing row is refused.
 */
export async function applyAppend(
  tx: Queryable,
  attempt: MutationAttempt,
  table: TableName,
  mutation: Mutation,
  prepared: PreparedFields | null,
): Promise<number> {
  const { noun } = tablePolicies[table]
  const refused = new Rejection('forbidden', `A ${noun} is history: it can't be changed or deleted`)
  if (!prepared) throw refused
  const [existing] = await tx.query<{ org_id: string; current: Json; incoming: Json }>(
    `select t.org_id, to_jsonb(t.*) as current,
            to_jsonb(jsonb_populate_record(null::public.${table}, $2::text::jsonb)) as incoming
       from public.${table} t where t.id = $1`,
    [mutation.id, JSON.stringify(prepared.fields)],
  )
  if (!existing) return insertRow(tx, attempt, table, mutation, prepared)
  attempt.orgId = existing.org_id
  const { current, incoming } = existing
  const resent =
    current.author_id === attempt.userId &&
    Object.keys(prepared.fields).every((key) => sameValue(current[key], incoming[key]))
  if (!resent) throw refused
  return Number(current.version)
}
