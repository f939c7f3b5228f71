import type { Fields } from '../../../api/contract/tables.ts'

/** What the commitment filters need of an open item. */
export type FilterableItem = Pick<
  Fields<'action_items'>,
  'account_id' | 'owner_side' | 'assignee_user_id' | 'due_on' | 'status' | 'title'
> & { id: string; created_at: string }

export type CommitmentFilter = 'mine' | 'all' | 'week' | 'overdue' | 'theirs'

export const filterLabels: Record<CommitmentFilter, string> = {
  mine: 'Mine',
  all: 'All',
  week: 'Due this week',
  overdue: 'Overdue',
  theirs: 'Theirs',
}

export const commitmentFilters = Object.keys(filterLabels) as CommitmentFilter[]

/** Who is looking, and which day it is on their device. */
export interface FilterContext {
  userId: string
  /** The accounts assigned to the person (primary or secondary). */
  myAccountIds: ReadonlySet<string>
  /** Today on the device's calendar, as 'YYYY-MM-DD'. */
  today: string
  /** The last day of "this week": six days after today. */
  weekEnd: string
}

/**
 * A date on the device's calendar as 'YYYY-MM-DD', optionally some days later.
 *
 * @example
 * localDay(new Date(2026, 10, 27), 6) // '2026-12-03'
 */
export function localDay(date: Date, plusDays = 0): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate() + plusDays)
  const month = String(day.getMonth() + 1).padStart(2, '0')
  return `${day.getFullYear()}-${month}-${String(day.getDate()).padStart(2, '0')}`
}

/**
 * The context of the filters for a person at a moment.
 */
export function filterContext(
  userId: string,
  myAccountIds: ReadonlySet<string>,
  now: Date,
): FilterContext {
  return { userId, myAccountIds, today: localDay(now), weekEnd: localDay(now, 6) }
}

/**
 * Whether a commitment is the person's own: ours, and assigned to them — or, when nobody is
 * assigned, on a relationship assigned to them.
 *
 * @example
 * isMine(item, filterContext(userId, myAccountIds, new Date())) // true
 */
export function isMine(item: FilterableItem, context: FilterContext): boolean {
  if (item.owner_side !== 'us') return false
  if (item.assignee_user_id) return item.assignee_user_id === context.userId
  return context.myAccountIds.has(item.account_id)
}

/**
 * Whether an open commitment's due date has passed (a date, not a moment: due today is not late).
 *
 * @example
 * isOverdue({ due_on: '2026-11-26', … }, '2026-11-27') // true
 */
export function isOverdue(item: Pick<FilterableItem, 'due_on'>, today: string): boolean {
  return item.due_on !== null && item.due_on < today
}

/**
 * Whether an open commitment belongs under a filter. "Due this week" is today and the six days
 * after; "Overdue" and "Due this week" cover both sides, as every line says who owes it.
 */
export function matchesFilter(
  item: FilterableItem,
  filter: CommitmentFilter,
  context: FilterContext,
): boolean {
  if (item.status !== 'open') return false
  switch (filter) {
    case 'mine':
      return isMine(item, context)
    case 'all':
      return true
    case 'week':
      return item.due_on !== null && item.due_on >= context.today && item.due_on <= context.weekEnd
    case 'overdue':
      return isOverdue(item, context.today)
    case 'theirs':
      return item.owner_side !== 'us'
  }
}

/**
 * Orders commitments for action: overdue first (the oldest due date first), then the soonest due,
 * then those without a date; ties by when they were made, then title.
 *
 * @example
 * sortCommitments(items).map((i) => i.due_on) // ['2026-11-01', '2026-12-02', null]
 */
export function sortCommitments<T extends FilterableItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (a.due_on ?? '9999-99-99').localeCompare(b.due_on ?? '9999-99-99') ||
      a.created_at.localeCompare(b.created_at) ||
      a.title.localeCompare(b.title),
  )
}

/**
 * The open commitments under one filter, in action order.
 */
export function filterCommitments<T extends FilterableItem>(
  items: readonly T[],
  filter: CommitmentFilter,
  context: FilterContext,
): T[] {
  return sortCommitments(items.filter((item) => matchesFilter(item, filter, context)))
}

/**
 * How many open commitments each filter holds, for the counts on the filter chips.
 *
 * @example
 * countByFilter(items, context).overdue // 3
 */
export function countByFilter(
  items: readonly FilterableItem[],
  context: FilterContext,
): Record<CommitmentFilter, number> {
  const counts = { mine: 0, all: 0, week: 0, overdue: 0, theirs: 0 }
  for (const item of items) {
    for (const filter of commitmentFilters) {
      if (matchesFilter(item, filter, context)) counts[filter] += 1
    }
  }
  return counts
}
