/**
 * The roles of PRODUCT.md and what each may do, table by table and operation by operation: the
 * rule row-level security enforces in SQL, written once here for the device (which offers only
 * what the person may do), for the server's refusals in plain words, and for the generated
 * pgTAP matrix (scripts/write-role-matrix-test.ts) that proves the SQL says the same.
 * Zod-free.
 */
import type { TableName } from './table-names.ts'

export const memberRoles = ['admin', 'lead', 'manager', 'viewer'] as const
export type MemberRole = (typeof memberRoles)[number]

/**
 * Who may do something: any writer (admin, lead, manager), leads (admins and leads), admins
 * only, for rows with an author the writer who made the row, or nobody from the app.
 */
export type Writers = 'writers' | 'leads' | 'admins' | 'author' | 'nobody'

/** What a device does to a row; a delete is a tombstone (an update of `deleted_at`). */
export const writeOperations = ['insert', 'update', 'delete'] as const
export type WriteOperation = (typeof writeOperations)[number]

export type TableWriters = Record<WriteOperation, Writers>

const all = (writers: Writers): TableWriters => ({
  insert: writers,
  update: writers,
  delete: writers,
})

/** PRODUCT.md's role table, per table and operation. */
export const roleMatrix: Record<TableName, TableWriters> = {
  // Set up and closed by the service; an admin renames one.
  orgs: { insert: 'nobody', update: 'admins', delete: 'nobody' },
  members: all('admins'),
  // A relationship is created and archived by an admin; writers keep its maturity and goals.
  accounts: { insert: 'admins', update: 'writers', delete: 'admins' },
  assignments: all('admins'),
  contacts: all('writers'),
  forums: all('leads'),
  forum_members: all('leads'),
  checkins: { insert: 'writers', update: 'author', delete: 'author' },
  action_items: all('writers'),
  value_items: all('writers'),
  scorecards: all('writers'),
  // History: written once by its author, never changed.
  value_updates: { insert: 'writers', update: 'nobody', delete: 'nobody' },
  decisions: all('writers'),
  risks: all('writers'),
}

/** Columns of a table that fewer people change than its other columns, and what they mean. */
export interface ColumnRule {
  columns: readonly string[]
  writers: Writers
  /** What changing them is, after "Only an admin can …". */
  action: string
}

/** "Relationships (create, archive, tier, cadence)" are the admins'; its name is the relationship. */
export const columnRules: Partial<Record<TableName, readonly ColumnRule[]>> = {
  accounts: [
    {
      columns: ['tier', 'cadence_days'],
      writers: 'admins',
      action: "change a relationship's tier or cadence",
    },
    { columns: ['status'], writers: 'admins', action: 'archive or restore a relationship' },
    {
      columns: ['name', 'short_name', 'kind'],
      writers: 'admins',
      action: 'rename a relationship or change its kind',
    },
  ],
}

const rolesOf: Record<Writers, readonly MemberRole[]> = {
  writers: ['admin', 'lead', 'manager'],
  leads: ['admin', 'lead'],
  admins: ['admin'],
  author: ['admin', 'lead', 'manager'],
  nobody: [],
}

/** The roles a group of writers stands for (an author among them only on their own rows). */
export function rolesFor(writers: Writers): readonly MemberRole[] {
  return rolesOf[writers]
}

const isIn = (writers: Writers, role: string | null | undefined) =>
  (rolesOf[writers] as readonly string[]).includes(role ?? '')

/**
 * Whether a role leads: keeps the forums and sees the Team's figures (PRODUCT.md, "The lead's
 * view").
 *
 * @example
 * isLeadRole('admin') // true
 */
export function isLeadRole(role: string | null | undefined): boolean {
  return isIn('leads', role)
}

/**
 * Whether a role may do an operation on a table's rows; for an authored row, on the rows it
 * wrote. An unknown role may not.
 *
 * @example
 * mayDo('manager', 'accounts', 'insert') // false: admins create relationships
 */
export function mayDo(
  role: string | null | undefined,
  table: TableName,
  operation: WriteOperation,
): boolean {
  return isIn(roleMatrix[table][operation], role)
}

/**
 * Whether a role may create rows of a table.
 *
 * @example
 * mayWrite('manager', 'forums') // false: leads and admins keep the forums
 */
export function mayWrite(role: string | null | undefined, table: TableName): boolean {
  return mayDo(role, table, 'insert')
}

/** The rule for one column of a table, when it is stricter than the table's update rule. */
export function columnRule(table: TableName, column: string): ColumnRule | undefined {
  return columnRules[table]?.find((rule) => rule.columns.includes(column))
}

/**
 * Whether a role may change a column of a table's existing rows.
 *
 * @example
 * mayChangeColumn('manager', 'accounts', 'tier') // false
 * mayChangeColumn('manager', 'accounts', 'strategic_goals') // true
 */
export function mayChangeColumn(
  role: string | null | undefined,
  table: TableName,
  column: string,
): boolean {
  if (!mayDo(role, table, 'update')) return false
  const rule = columnRule(table, column)
  return !rule || isIn(rule.writers, role)
}

/** Who a group of writers is, in words: "an admin", "a lead or an admin", … */
export function writersInWords(writers: Writers): string {
  const words: Record<Writers, string> = {
    writers: 'an admin, a lead or a manager',
    leads: 'a lead or an admin',
    admins: 'an admin',
    author: 'the person who wrote it',
    nobody: 'nobody',
  }
  return words[writers]
}

/**
 * Why a role may not change a column, in the words the server's refusal uses, or undefined
 * when the column has no stricter rule than its table.
 *
 * @example
 * columnRefusal('accounts', 'tier') // "Only an admin can change a relationship's tier or cadence"
 */
export function columnRefusal(table: TableName, column: string): string | undefined {
  const rule = columnRule(table, column)
  return rule && `Only ${writersInWords(rule.writers)} can ${rule.action}`
}
