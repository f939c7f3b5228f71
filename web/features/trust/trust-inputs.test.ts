import { describe, expect, it } from 'vitest'
import { initialTierCadence } from '../../../api/contract/cadence.ts'
import { trustIndex } from '../../../api/contract/trust-index.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { buildTrustFacts } from '../../local/trust-facts.ts'
import { accountTrust, effectiveCadence } from './trust-inputs.ts'
import { accountFields, checkinFields } from '../../local/testing/device-fixtures.ts'

const stamp = { version: 1, created_at: '', updated_at: '', deleted_at: null, org_id: 'org' }
const asOf = new Date('2026-11-27T12:00:00Z')
const options = { viewerId: 'me', tierCadence: initialTierCadence }

function account(id: string, cadence: number | null): LocalRow<'accounts'> {
  return {
    ...stamp,
    id,
    ...accountFields({ name: id, cadence_days: cadence }),
  }
}

function checkin(id: string, accountId: string, day: string, pulse: number | null) {
  return {
    ...stamp,
    id,
    author_id: 'me',
    ...checkinFields(accountId, `${day}T10:00:00.000Z`, {
      attendee_contact_ids: ['c1'],
      trust_pulse: pulse,
      strategic_invite: pulse === 5,
    }),
  } satisfies LocalRow<'checkins'>
}

function item(id: string, accountId: string, dueOn: string): LocalRow<'action_items'> {
  return {
    ...stamp,
    id,
    account_id: accountId,
    checkin_id: null,
    title: id,
    details: null,
    owner_side: 'us',
    assignee_user_id: null,
    contact_id: null,
    due_on: dueOn,
    status: 'open',
    completed_at: null,
  }
}

function contact(id: string, accountId: string): LocalRow<'contacts'> {
  const fields = { name: id, title: null, email: null, phone: null, influence: null }
  return { ...stamp, ...fields, id, account_id: accountId }
}

const accounts = [account('a', 30), account('b', null)]
const checkins = [
  checkin('k1', 'a', '2026-11-20', 5),
  checkin('k2', 'b', '2026-08-01', 2),
  checkin('k3', 'a', '2026-10-01', 3),
  { ...checkin('k4', 'a', '2026-11-25', 1), deleted_at: '2026-11-26T00:00:00Z' },
  { ...checkin('k5', 'b', '2026-11-26', 1), author_id: 'someone', visibility: 'private' as const },
]
const items = [item('i1', 'b', '2026-11-01'), item('i2', 'a', '2026-12-30')]
const contacts = [contact('c1', 'a'), contact('c2', 'b')]

describe('trust inputs', () => {
  it('gives the same index from the kept trust facts as from the whole tables', () => {
    const facts = buildTrustFacts({ checkins, action_items: items, contacts })
    for (const a of accounts) {
      const whole = trustIndex(
        { id: a.id, cadence_days: effectiveCadence(a, initialTierCadence) },
        checkins,
        items,
        contacts,
        asOf,
        { viewerId: 'me' },
      )
      const kept = facts.find((f) => f.account_id === a.id)
      expect(accountTrust(a, kept, asOf, options)).toEqual(whole)
    }
  })

  it('falls back to the org’s default for the tier as the server does, and copes with no rows', () => {
    const orgDefaults = { strategic: 10, core: 21, transactional: 60 }
    expect(effectiveCadence({ tier: 'strategic', cadence_days: null }, orgDefaults)).toBe(10)
    expect(effectiveCadence({ tier: 'transactional', cadence_days: null }, orgDefaults)).toBe(60)
    // A relationship's own cadence wins over any default.
    expect(effectiveCadence({ tier: 'core', cadence_days: 7 }, orgDefaults)).toBe(7)
    expect(effectiveCadence({ tier: 'core', cadence_days: null }, initialTierCadence)).toBe(30)
    const lonely = accountTrust(account('c', 30), undefined, asOf, options)
    expect(lonely.daysSinceContact).toBeNull()
    expect(lonely.overdueCount).toBe(0)
  })
})
