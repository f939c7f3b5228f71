import type { TableName } from './table-names.ts'

/**
 * A status that, once finished, an older change never undoes: a change based on a version
 * before someone else finished the row keeps the finished status (and the fields that go with
 * it) and the attempt is kept as a conflict.
 */
export interface FinishedStatus {
  field: string
  open: string
  finished: readonly string[]
  /** Fields set together with finishing, kept with it. */
  alongside: readonly string[]
}

/**
 * How sync treats each table, beside its columns (tables.ts: writable and server-owned) and who
 * may write it (roles.ts): the words for its rows in messages, whether its rows are history
 * (created once, never changed or deleted), and a status no stale change may reopen.
 */
export interface TablePolicy {
  /** What a person calls a row, for messages like "This commitment was deleted". */
  noun: string
  history?: true
  finishedStatus?: FinishedStatus
}

export const tablePolicies: Record<TableName, TablePolicy> = {
  orgs: { noun: 'organisation' },
  members: { noun: 'member' },
  accounts: { noun: 'relationship' },
  assignments: { noun: 'assignment' },
  contacts: { noun: 'contact' },
  forums: { noun: 'forum' },
  forum_members: { noun: 'forum member' },
  checkins: { noun: 'check-in' },
  action_items: {
    noun: 'commitment',
    finishedStatus: {
      field: 'status',
      open: 'open',
      finished: ['done', 'dropped'],
      alongside: ['completed_at'],
    },
  },
  value_items: { noun: 'value item' },
  scorecards: { noun: 'scorecard' },
  value_updates: { noun: 'value update', history: true },
  decisions: { noun: 'decision' },
  risks: { noun: 'risk' },
}
