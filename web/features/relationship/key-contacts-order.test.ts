import { describe, expect, it } from 'vitest'
import type { LocalRow } from '../../local/local-db.ts'
import { checkinFields } from '../../local/testing/device-fixtures.ts'
import { keyContacts, lastEngagedByContact } from './key-contacts-order.ts'

const stamp = { version: 1, created_at: '', updated_at: '', deleted_at: null, org_id: 'org' }

function contact(
  id: string,
  influence: LocalRow<'contacts'>['influence'],
  deleted = false,
): LocalRow<'contacts'> {
  const fields = { name: id, title: null, email: null, phone: null, influence }
  return { ...stamp, ...fields, id, account_id: 'a', deleted_at: deleted ? 'x' : null }
}

function met(
  at: string,
  attendees: string[],
  extra: Partial<LocalRow<'checkins'>> = {},
): LocalRow<'checkins'> {
  return {
    ...stamp,
    id: at,
    author_id: 'me',
    ...checkinFields('a', at, { attendee_contact_ids: attendees }),
    ...extra,
  }
}

describe('lastEngagedByContact', () => {
  it('takes each attendee’s latest check-in, skipping deleted and others’ private ones', () => {
    const last = lastEngagedByContact(
      [
        met('2026-10-01T10:00:00.000Z', ['ann', 'bob']),
        met('2026-11-01T10:00:00.000Z', ['ann']),
        met('2026-11-20T10:00:00.000Z', ['bob'], { visibility: 'private', author_id: 'colleague' }),
        met('2026-11-21T10:00:00.000Z', ['bob'], { deleted_at: '2026-11-22T00:00:00Z' }),
        met('2026-11-15T10:00:00.000Z', ['cy'], { visibility: 'private' }),
      ],
      'me',
    )
    expect(Object.fromEntries(last)).toEqual({
      ann: '2026-11-01T10:00:00.000Z',
      bob: '2026-10-01T10:00:00.000Z',
      cy: '2026-11-15T10:00:00.000Z',
    })
  })
})

describe('keyContacts', () => {
  it('puts decision makers and champions first, then the most recently engaged', () => {
    const contacts = [
      contact('user', 'user'),
      contact('quiet influencer', 'influencer'),
      contact('busy influencer', 'influencer'),
      contact('boss', 'decision_maker'),
      contact('untagged', null),
      contact('gone', 'decision_maker', true),
      contact('champ', 'champion'),
    ]
    const last = new Map([['busy influencer', '2026-11-01T00:00:00Z']])
    const names = keyContacts(contacts, last, 4).map((k) => k.contact.name)
    expect(names).toEqual(['boss', 'champ', 'busy influencer', 'quiet influencer'])
    expect(keyContacts(contacts, last, 10).at(-1)?.contact.name).toBe('untagged')
  })
})
