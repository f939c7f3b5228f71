import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { claimDevice } from '../../local/device-user.ts'
import { openLocalDb, type LocalDb } from '../../local/local-db.ts'
import { newId } from '../../local/new-id.ts'
import {
  daysPastCadence,
  mineFirst,
  mineMostDueFirst,
  readAccountSummaries,
  recentFirst,
  type AccountSummary,
} from './use-account-summaries.ts'
import { accountFields, checkinFields } from '../../local/testing/device-fixtures.ts'

const orgId = newId()
const me = newId()
const stamp = {
  version: 1,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  deleted_at: null,
}
let db: LocalDb

async function account(name: string, status: 'active' | 'archived' = 'active') {
  const id = newId()
  await db.accounts.put({
    ...stamp,
    id,
    org_id: orgId,
    ...accountFields({ name, status }),
  })
  return id
}

async function checkin(accountId: string, occurredAt: string) {
  await db.checkins.put({
    ...stamp,
    id: newId(),
    org_id: orgId,
    author_id: me,
    ...checkinFields(accountId, occurredAt),
  })
}

beforeEach(async () => {
  db = await openLocalDb(`summaries-${newId()}`)
  await claimDevice(db, me)
})
afterEach(() => db.delete())

describe('account summaries', () => {
  it('marks my assigned accounts, finds each latest check-in and leaves archived ones out', async () => {
    const revenue = await account('Revenue')
    const health = await account('Health')
    await account('Old agency', 'archived')
    await db.assignments.put({
      ...stamp,
      id: newId(),
      org_id: orgId,
      account_id: health,
      user_id: me,
      role: 'primary',
    })
    await checkin(revenue, '2026-11-01T10:00:00.000Z')
    await checkin(revenue, '2026-11-20T10:00:00.000Z')
    await checkin(revenue, '2026-10-01T10:00:00.000Z')

    const summaries = await readAccountSummaries(db, me)
    expect(mineFirst(summaries).map((s) => [s.account.name, s.mine, s.lastCheckinAt])).toEqual([
      ['Health', true, null],
      ['Revenue', false, '2026-11-20T10:00:00.000Z'],
    ])
  })

  it('orders recent first for the check-in picker, then by name', async () => {
    const a = await account('Agriculture')
    const b = await account('Budget office')
    await account('Corrections')
    await account('Aviation')
    await checkin(a, '2026-11-01T10:00:00.000Z')
    await checkin(b, '2026-11-25T10:00:00.000Z')

    const names = recentFirst(await readAccountSummaries(db, me)).map((s) => s.account.name)
    expect(names).toEqual(['Budget office', 'Agriculture', 'Aviation', 'Corrections'])
  })

  it('lists my relationships most due a visit first for the check-in picker', () => {
    const now = new Date('2026-12-01T12:00:00Z')
    const summary = (name: string, mine: boolean, lastCheckinAt: string | null, cadence: number) =>
      ({
        account: { ...accountFields({ name }), cadence_days: cadence },
        mine,
        lastCheckinAt,
        cadenceDays: cadence,
      }) as unknown as AccountSummary
    const within = summary('Within', true, '2026-11-25T12:00:00Z', 30)
    const late = summary('Late', true, '2026-10-01T12:00:00Z', 30)
    const never = summary('Never', true, null, 30)
    const later = summary('Later', true, '2026-11-10T12:00:00Z', 14)
    const theirs = summary('Theirs', false, null, 30)
    expect(daysPastCadence(late, now)).toBe(31)
    expect(daysPastCadence(within, now)).toBe(-24)
    expect(
      mineMostDueFirst([within, late, never, later, theirs], now).map((s) => s.account.name),
    ).toEqual(['Never', 'Late', 'Later', 'Within'])
  })
})
