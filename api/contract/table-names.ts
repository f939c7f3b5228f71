/**
 * The synced tables. Kept apart from the zod schemas of tables.ts so the device can name its
 * tables without loading zod before its first screen; tables.ts checks both list the same ones.
 */
export const tableNames = [
  'orgs',
  'members',
  'accounts',
  'assignments',
  'contacts',
  'forums',
  'forum_members',
  'checkins',
  'action_items',
  'value_items',
  'scorecards',
  // New tables go last: a pull cursor mid-download points at a table by its place in this list.
  'value_updates',
  'decisions',
  'risks',
] as const

export type TableName = (typeof tableNames)[number]
