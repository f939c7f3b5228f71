import { filterContext, type FilterableItem } from '../commitment-filter.ts'

// The people, relationships and day the commitment filter tests share.
export const me = 'user-me'
export const other = 'user-other'
export const myAccount = 'account-mine'
export const theirAccount = 'account-theirs'
/** Friday 27 November 2026, mid-morning on the device's calendar; `myAccount` is mine. */
export const context = filterContext(me, new Set([myAccount]), new Date(2026, 10, 27, 10))

/**
 * An open commitment of ours on my relationship, unassigned and undated, unless told otherwise.
 */
export function filterableItem(id: string, fields: Partial<FilterableItem> = {}): FilterableItem {
  return {
    id,
    title: id,
    account_id: myAccount,
    owner_side: 'us',
    assignee_user_id: null,
    due_on: null,
    status: 'open',
    created_at: '2026-11-01T00:00:00.000Z',
    ...fields,
  }
}
