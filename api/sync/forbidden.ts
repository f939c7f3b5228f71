import {
  columnRefusal,
  mayDo,
  roleMatrix,
  writersInWords,
  type WriteOperation,
} from '../contract/roles.ts'
import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { Rejection } from './rejection.ts'
import { tablePolicies } from '../contract/table-policy.ts'

function doing(operation: WriteOperation, noun: string): string {
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a'
  if (operation === 'insert') return `add ${article} ${noun}`
  if (operation === 'delete') return `delete this ${noun}`
  return `change this ${noun}`
}

async function roleIn(tx: Queryable, orgId: string | null): Promise<string | null> {
  const [found] = orgId
    ? await tx.query<{ role: string | null }>('select public.org_role($1::uuid) as role', [orgId])
    : []
  return found?.role ?? null
}

/**
 * The refusal a person's role in an org means for an operation on `table`, or null when the
 * role may do it (api/contract/roles.ts), or when nobody may and the table's own rule explains
 * why (an organisation, a line of history). Looked up as them, so it reveals nothing new.
 *
 * @example
 * const refusal = await roleRefusal(tx, 'accounts', orgId, 'insert') // "Only an admin can add a relationship"
 */
export async function roleRefusal(
  tx: Queryable,
  table: TableName,
  orgId: string | null,
  operation: WriteOperation,
): Promise<Rejection | null> {
  const { noun } = tablePolicies[table]
  const role = await roleIn(tx, orgId)
  if (!role) return new Rejection('forbidden', `You don't have access to this ${noun}`)
  if (mayDo(role, table, operation)) return null
  if (role === 'viewer') {
    return new Rejection('forbidden', `You can't change this ${noun}: viewers read only`)
  }
  const writers = roleMatrix[table][operation]
  if (writers === 'nobody') return null
  return new Rejection('forbidden', `Only ${writersInWords(writers)} can ${doing(operation, noun)}`)
}

/**
 * Why row-level security refused a write, in words for the person whose change it was: their
 * role, else the rule of the column it named (a relationship's tier: admins), else the table's
 * rule (only a row's author changes it).
 *
 * @example
 * throw await forbidden(tx, 'accounts', orgId, 'update', 'tier') // "Only an admin can change a relationship's tier or cadence"
 */
export async function forbidden(
  tx: Queryable,
  table: TableName,
  orgId: string | null,
  operation: WriteOperation,
  column?: string,
): Promise<Rejection> {
  const byRole = await roleRefusal(tx, table, orgId, operation)
  if (byRole) return byRole
  const { noun } = tablePolicies[table]
  const byColumn = column ? columnRefusal(table, column) : undefined
  if (byColumn) return new Rejection('forbidden', byColumn)
  if (roleMatrix[table][operation] === 'author') {
    return new Rejection('forbidden', `Only the person who wrote this ${noun} can change it`)
  }
  return new Rejection('forbidden', `You can't change this ${noun}`)
}
