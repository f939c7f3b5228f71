import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { Rejection } from './rejection.ts'
import { tableRules } from './table-rules.ts'

/**
 * Why row-level security refused a write, in words for the person whose change it was: it
 * looks up their role in the row's org (as them, so it reveals nothing new).
 *
 * @example
 * throw await forbidden(tx, 'accounts', orgId) // "You can't change this relationship: viewers read only"
 */
export async function forbidden(
  tx: Queryable,
  table: TableName,
  orgId: string | null,
): Promise<Rejection> {
  const { noun, changedBy, history } = tableRules[table]
  if (history) {
    return new Rejection('forbidden', `A ${noun} is history: it can't be changed or deleted`)
  }
  const [found] = orgId
    ? await tx.query<{ role: string | null }>('select public.org_role($1::uuid) as role', [orgId])
    : []
  const role = found?.role ?? null
  if (!role) return new Rejection('forbidden', `You don't have access to this ${noun}`)
  if (role === 'viewer') {
    return new Rejection('forbidden', `You can't change this ${noun}: viewers read only`)
  }
  if (changedBy === 'admins' && role !== 'admin') {
    return new Rejection('forbidden', `Only an admin can change this ${noun}`)
  }
  if (changedBy === 'author') {
    return new Rejection('forbidden', `Only the person who wrote this ${noun} can change it`)
  }
  return new Rejection('forbidden', `You can't change this ${noun}`)
}
