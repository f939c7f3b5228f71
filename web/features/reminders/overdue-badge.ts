import {
  matchesFilter,
  type FilterableItem,
  type FilterContext,
} from '../commitments/commitment-filter.ts'

/**
 * How many commitments are the person's own and overdue: open, under both the commitments
 * screen's "Mine" and its "Overdue", so the badge and the screen never disagree.
 *
 * @example
 * myOverdueCount(items, filterContext(userId, myAccountIds, new Date())) // 2
 */
export function myOverdueCount(items: readonly FilterableItem[], context: FilterContext): number {
  return items.filter(
    (item) => matchesFilter(item, 'mine', context) && matchesFilter(item, 'overdue', context),
  ).length
}

/**
 * Shows a count on the installed app's icon, or clears it at zero, where the browser has the
 * Badging API; elsewhere does nothing. A refusal (not installed, no permission) is no error.
 */
export function showAppBadge(count: number): void {
  if (!('setAppBadge' in navigator) || !('clearAppBadge' in navigator)) return
  const shown = count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge()
  shown.catch(() => undefined)
}
