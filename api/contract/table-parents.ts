import type { TableName } from './table-names.ts'

/**
 * The tables whose rows decide whether a row of each synced table can be written: those its
 * foreign keys point to, and `members` for every table (membership decides who may write and
 * who may be named). The server applies a batch's new rows a table at a time in `tableNames`
 * order, which lists parents first; a new row may be applied before an earlier one of another
 * table only when neither table is the other's parent. The SQL holds the foreign keys; a test
 * proves each one is listed here.
 */
export const tableParents = {
  orgs: [],
  members: ['orgs'],
  accounts: ['orgs', 'members'],
  assignments: ['orgs', 'members', 'accounts'],
  contacts: ['orgs', 'members', 'accounts'],
  forums: ['orgs', 'members'],
  forum_members: ['orgs', 'members', 'accounts', 'contacts', 'forums'],
  checkins: ['orgs', 'members', 'accounts', 'forums'],
  action_items: ['orgs', 'members', 'accounts', 'contacts', 'checkins'],
  value_items: ['orgs', 'members', 'accounts'],
  scorecards: ['orgs', 'members', 'accounts'],
  value_updates: ['orgs', 'members', 'value_items'],
  decisions: ['orgs', 'members', 'accounts', 'forums', 'checkins'],
  risks: ['orgs', 'members', 'accounts', 'value_items'],
} as const satisfies Record<TableName, readonly TableName[]>

/** Whether rows of `parent` can decide a write to `child`. */
export const isParentOf = (parent: TableName, child: TableName): boolean =>
  (tableParents[child] as readonly TableName[]).includes(parent)
