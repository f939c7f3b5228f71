import { describe, expect, it } from 'vitest'
import {
  countByFilter,
  filterCommitments,
  isMine,
  localDay,
  sortCommitments,
} from './commitment-filter.ts'
import { context, filterableItem, me, other, theirAccount } from './testing/filter-fixtures.ts'

const item = filterableItem

describe('localDay', () => {
  it('writes the device calendar day, crossing months and years', () => {
    expect(localDay(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27')
    expect(localDay(new Date(2026, 10, 27), 6)).toBe('2026-12-03')
    expect(localDay(new Date(2026, 11, 30), 3)).toBe('2027-01-02')
  })
})

describe('isMine', () => {
  it('takes our items assigned to me, or unassigned on my accounts', () => {
    expect(isMine(item('a', { assignee_user_id: me, account_id: theirAccount }), context)).toBe(
      true,
    )
    expect(isMine(item('b'), context)).toBe(true)
    expect(isMine(item('c', { assignee_user_id: other }), context)).toBe(false)
    expect(isMine(item('d', { account_id: theirAccount }), context)).toBe(false)
  })

  it('never takes the other side’s items', () => {
    expect(isMine(item('e', { owner_side: 'them' }), context)).toBe(false)
    expect(isMine(item('f', { owner_side: 'vendor', assignee_user_id: me }), context)).toBe(false)
  })
})

describe('filterCommitments', () => {
  const items = [
    item('overdue-them', { owner_side: 'them', due_on: '2026-11-20' }),
    item('yesterday', { due_on: '2026-11-26' }),
    item('today', { due_on: '2026-11-27', account_id: theirAccount }),
    item('in-six-days', { due_on: '2026-12-03', owner_side: 'vendor' }),
    item('in-seven-days', { due_on: '2026-12-04' }),
    item('no-date', { assignee_user_id: other }),
    item('done', { due_on: '2026-11-01', status: 'done' }),
    item('dropped', { due_on: '2026-11-01', status: 'dropped' }),
  ]
  const ids = (filter: Parameters<typeof filterCommitments>[1]) =>
    filterCommitments(items, filter, context).map((i) => i.id)

  it('shows only open items, overdue first, then soonest, then undated', () => {
    expect(ids('all')).toEqual([
      'overdue-them',
      'yesterday',
      'today',
      'in-six-days',
      'in-seven-days',
      'no-date',
    ])
  })

  it('filters mine, this week (today and six days on), overdue and theirs', () => {
    expect(ids('mine')).toEqual(['yesterday', 'in-seven-days'])
    expect(ids('week')).toEqual(['today', 'in-six-days'])
    expect(ids('overdue')).toEqual(['overdue-them', 'yesterday'])
    expect(ids('theirs')).toEqual(['overdue-them', 'in-six-days'])
  })

  it('counts each filter', () => {
    expect(countByFilter(items, context)).toEqual({
      mine: 2,
      all: 6,
      week: 2,
      overdue: 2,
      theirs: 2,
    })
  })
})

describe('sortCommitments', () => {
  it('breaks ties by when the item was made, then by title', () => {
    const sorted = sortCommitments([
      item('b', { due_on: '2026-12-01', created_at: '2026-11-02T00:00:00Z' }),
      item('c', { due_on: '2026-12-01', created_at: '2026-11-01T00:00:00Z' }),
      item('a', { due_on: '2026-12-01', created_at: '2026-11-02T00:00:00Z' }),
      item('z'),
    ])
    expect(sorted.map((i) => i.id)).toEqual(['c', 'a', 'b', 'z'])
  })
})
