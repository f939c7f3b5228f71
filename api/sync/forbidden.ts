import { mayWrite, tableWriters } from '../contract/roles.ts'
import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { Rejection } from './rejection.ts'
import { tableRules } from './table-rules.ts'

/**
 * The refusal a person's role in an org means for a write to `table`, or null when the role
 * may write it (api/contract/roles.ts): not a member, a viewer, or not a lead or an admin where
 * only they write. Looked up as them, so it reveals nothing new.
 *
 * @example
 * const refusal = await roleRefusal(tx, 'scorecards', orgId) // viewers: "…: viewers read only"
 */
export async function roleRefusal(
  tx: Queryable,
  table: TableName,
  orgId: string | null,
): Promise<Rejection | null> {
  const { noun } = tableRules[table]
  const [found] = orgId
    ? await tx.query<{ role: string | null }>('select public.org_role($1::uuid) as role', [orgId])
    : []
  const role = found?.role ?? null
  if (!role) return new Rejection('forbidden', `You don't have access to this ${noun}`)
  if (mayWrite(role, table)) return null
  if (role === 'viewer') {
    return new Rejection('forbidden', `You can't change this ${noun}: viewers read only`)
  }
  const who = tableWriters[table] === 'admins' ? 'an admin' : 'a lead or an admin'
  return new Rejection('forbidden', `Only ${who} can change this ${noun}`)
}

/**
 * Why row-level security refused a write, in words for the person whose change it was: their
 * role, else the table's rule (only a row's author changes it).
 *
 * @example
 * throw await forbidden(tx, 'accounts', orgId) // "You can't change this relationship: viewers read only"
 */
export async function forbidden(
  tx: Queryable,
  table: TableName,
  orgId: string | null,
): Promise<Rejection> {
  const byRole = await roleRefusal(tx, table, orgId)
  if (byRole) return byRole
  const { noun } = tableRules[table]
  if (tableWriters[table] === 'author') {
    return new Rejection('forbidden', `Only the person who wrote this ${noun} can change it`)
  }
  return new Rejection('forbidden', `You can't change this ${noun}`)
}
