/**
 * The roles of PRODUCT.md and what each may change, table by table: the rule row-level
 * security enforces in SQL, written once here for the device (which offers only what the
 * person may do) and for the server's refusals in plain words. Zod-free. Per table only:
 * PRODUCT's per-column rule for relationships (only admins create, archive or re-tier one) is
 * not enforced yet, here or in SQL.
 */
import type { TableName } from './table-names.ts'

export const memberRoles = ['admin', 'lead', 'manager', 'viewer'] as const
export type MemberRole = (typeof memberRoles)[number]

/**
 * Who changes a table's rows: any writer (admin, lead, manager), leads (admins and leads),
 * admins only, or — for rows with an author — the writer who made the row.
 */
export type Writers = 'writers' | 'leads' | 'admins' | 'author'

export const tableWriters: Record<TableName, Writers> = {
  orgs: 'admins',
  members: 'admins',
  accounts: 'writers',
  assignments: 'admins',
  contacts: 'writers',
  forums: 'leads',
  forum_members: 'leads',
  checkins: 'author',
  action_items: 'writers',
  value_items: 'writers',
  scorecards: 'writers',
  value_updates: 'author',
  decisions: 'writers',
  risks: 'writers',
}

const rolesOf: Record<Writers, readonly MemberRole[]> = {
  writers: ['admin', 'lead', 'manager'],
  leads: ['admin', 'lead'],
  admins: ['admin'],
  author: ['admin', 'lead', 'manager'],
}

/**
 * Whether a role leads: keeps the forums and sees the Team's figures (PRODUCT.md, "The lead's
 * view").
 *
 * @example
 * isLeadRole('admin') // true
 */
export function isLeadRole(role: string | null | undefined): boolean {
  return (rolesOf.leads as readonly string[]).includes(role ?? '')
}

/**
 * Whether a role may create rows of a table (and change them, but for an authored row, which
 * only its author changes). An unknown role may not.
 *
 * @example
 * mayWrite('manager', 'forums') // false: leads and admins keep the forums
 */
export function mayWrite(role: string | null | undefined, table: TableName): boolean {
  return (rolesOf[tableWriters[table]] as readonly string[]).includes(role ?? '')
}
