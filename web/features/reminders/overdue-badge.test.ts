import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Fields } from '../../../api/contract/tables.ts'
import { openLocalDb, type LocalDb } from '../../local/local-db.ts'
import { newId } from '../../local/new-id.ts'
import { accountFields, orgId } from '../../local/testing/device-fixtures.ts'
import { filterContext, type FilterableItem } from '../commitments/commitment-filter.ts'
import {
  context,
  filterableItem,
  me,
  other,
  theirAccount,
} from '../commitments/testing/filter-fixtures.ts'
import { readLedger } from '../commitments/use-commitment-ledger.ts'
import { myOverdueCount, showAppBadge } from './overdue-badge.ts'

// Overdue unless told otherwise: due the day before the fixtures' Friday.
const item = (id: string, fields: Partial<FilterableItem> = {}) =>
  filterableItem(id, { due_on: '2026-11-26', ...fields })

describe('myOverdueCount', () => {
  it('counts my open items due before today, and nothing else', () => {
    const items = [
      item('yesterday, unassigned on my account'),
      item('last month, assigned to me elsewhere', {
        due_on: '2026-10-30',
        account_id: theirAccount,
        assignee_user_id: me,
      }),
      item('today is not late', { due_on: '2026-11-27' }),
      item('no date', { due_on: null }),
      item('theirs', { owner_side: 'them' }),
      item('the vendor’s', { owner_side: 'vendor', assignee_user_id: me }),
      item('a colleague’s on my account', { assignee_user_id: other }),
      item('unassigned on a colleague’s account', { account_id: theirAccount }),
      item('done', { status: 'done' }),
      item('dropped', { status: 'dropped' }),
    ]
    // the first two only
    expect(myOverdueCount(items, context)).toBe(2)
    expect(myOverdueCount([], context)).toBe(0)
  })
})

describe('myOverdueCount over the ledger on the device', () => {
  let local: LocalDb
  beforeEach(async () => {
    local = await openLocalDb(`badge-${newId()}`)
  })
  afterEach(() => local.delete())

  it('leaves out deleted items and items of relationships not on the device', async () => {
    const stamp = {
      version: 1,
      org_id: orgId,
      created_at: '2026-11-01T00:00:00.000Z',
      updated_at: '2026-11-01T00:00:00.000Z',
      deleted_at: null,
    }
    const accountId = newId()
    await local.accounts.put({ ...stamp, id: accountId, ...accountFields() })
    const row = (fields: Partial<Fields<'action_items'>> = {}) => ({
      ...stamp,
      id: newId(),
      account_id: accountId,
      checkin_id: null,
      title: 'Send the roadmap',
      details: null,
      owner_side: 'us' as const,
      assignee_user_id: me,
      contact_id: null,
      due_on: '2026-11-20',
      status: 'open' as const,
      completed_at: null,
      ...fields,
    })
    await local.action_items.bulkPut([
      row(),
      row({ due_on: '2026-11-26' }),
      { ...row(), deleted_at: '2026-11-25T00:00:00.000Z' },
      row({ account_id: newId() }),
    ])

    const ledger = await readLedger(local, me)
    const items = ledger.entries.map((entry) => entry.item)
    const at = filterContext(me, ledger.myAccountIds, new Date(2026, 10, 27, 10))
    // the two live ones on the account that is here
    expect(myOverdueCount(items, at)).toBe(2)
  })
})

describe('showAppBadge', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('sets the count, clears at zero and shrugs off a refusal', async () => {
    const setAppBadge = vi.fn(() => Promise.reject(new Error('not installed')))
    const clearAppBadge = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { setAppBadge, clearAppBadge })
    showAppBadge(3)
    showAppBadge(0)
    await Promise.resolve()
    expect(setAppBadge).toHaveBeenCalledWith(3)
    expect(clearAppBadge).toHaveBeenCalledTimes(1)
  })

  it('does nothing where the browser has no Badging API', () => {
    vi.stubGlobal('navigator', {})
    expect(() => showAppBadge(2)).not.toThrow()
  })
})
