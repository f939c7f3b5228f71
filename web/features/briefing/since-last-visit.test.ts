import { describe, expect, it } from 'vitest'
import { initialTierCadence } from '../../../api/contract/cadence.ts'
import type { LocalRow } from '../../local/local-db.ts'
import {
  accountFields,
  actionItemFields,
  checkinFields,
} from '../../local/testing/device-fixtures.ts'
import { sinceLastVisit, type SinceLastVisitInput } from './since-last-visit.ts'
import { sinceLines } from './since-lines.ts'

const stamp = { version: 1, updated_at: '', deleted_at: null, org_id: 'org' }
const now = new Date('2026-12-02T12:00:00Z')
const account: LocalRow<'accounts'> = {
  ...stamp,
  id: 'a1',
  created_at: '2026-01-01T00:00:00Z',
  ...accountFields({ name: 'Revenue', cadence_days: 30 }),
}

function checkin(
  id: string,
  author: string,
  at: string,
  extra: Partial<LocalRow<'checkins'>> = {},
) {
  return {
    ...stamp,
    id,
    created_at: at,
    author_id: author,
    ...checkinFields('a1', at, { summary: id, trust_pulse: 4 }),
    ...extra,
  } satisfies LocalRow<'checkins'>
}

function item(id: string, extra: Partial<LocalRow<'action_items'>>): LocalRow<'action_items'> {
  return {
    ...stamp,
    id,
    created_at: '2026-11-01T00:00:00Z',
    ...actionItemFields('a1', { title: id }),
    ...extra,
  }
}

const input = (over: Partial<SinceLastVisitInput> = {}): SinceLastVisitInput => ({
  account,
  rows: { checkins: [], items: [], contacts: [] },
  valueItems: [],
  valueUpdates: [],
  risks: [],
  decisions: [],
  viewerId: 'me',
  now,
  tierCadence: initialTierCadence,
  ...over,
})

describe('since the last visit', () => {
  const mine = checkin('mine', 'me', '2026-11-20T10:00:00.000Z')

  it('counts from my own latest check-in, not a colleague’s', () => {
    const rows = {
      checkins: [
        checkin('older', 'me', '2026-11-01T10:00:00.000Z'),
        mine,
        checkin('theirs', 'u2', '2026-11-25T10:00:00.000Z'),
      ],
      items: [],
      contacts: [],
    }
    const since = sinceLastVisit(input({ rows }))
    expect(since.lastVisit?.id).toBe('mine')
    expect(since.othersCheckins.map((row) => row.id)).toEqual(['theirs'])
  })

  it('never counts a colleague’s private check-in, nor a tombstoned one', () => {
    const rows = {
      checkins: [
        mine,
        checkin('private', 'u2', '2026-11-25T10:00:00.000Z', { visibility: 'private' }),
        checkin('gone', 'u2', '2026-11-26T10:00:00.000Z', { deleted_at: '2026-11-27T00:00:00Z' }),
      ],
      items: [],
      contacts: [],
    }
    expect(sinceLastVisit(input({ rows })).othersCheckins).toEqual([])
  })

  it('looks back 30 days before the first visit', () => {
    // 2026-12-02T12:00Z − 30 days = 2026-11-02T12:00Z.
    const since = sinceLastVisit(input())
    expect(since.lastVisit).toBeNull()
    expect(since.since).toBe('2026-11-02T12:00:00.000Z')
  })

  it('sorts commitments into completed since, overdue, and due within a week', () => {
    const rows = {
      checkins: [mine],
      contacts: [],
      items: [
        item('done-after', { status: 'done', completed_at: '2026-11-22T09:00:00Z' }),
        item('done-before', { status: 'done', completed_at: '2026-11-19T09:00:00Z' }),
        item('late', { due_on: '2026-11-30' }),
        item('today', { due_on: '2026-12-02' }),
        item('in-7-days', { due_on: '2026-12-09' }),
        item('in-8-days', { due_on: '2026-12-10' }),
        item('dropped', { due_on: '2026-11-30', status: 'dropped' }),
      ],
    }
    const since = sinceLastVisit(input({ rows }))
    expect(since.completed.map((i) => i.id)).toEqual(['done-after'])
    expect(since.overdue.map((i) => i.id)).toEqual(['late'])
    expect(since.dueSoon.map((i) => i.id)).toEqual(['today', 'in-7-days'])
  })

  it('lists value stage changes, new risks and new decisions made after the visit', () => {
    const valueItem = {
      ...stamp,
      id: 'v1',
      created_at: '2026-10-01T00:00:00Z',
    } as LocalRow<'value_items'>
    const update = (id: string, at: string, stage: 'approved' | null) =>
      ({ ...stamp, id, created_at: at, value_item_id: 'v1', stage }) as LocalRow<'value_updates'>
    const since = sinceLastVisit(
      input({
        rows: { checkins: [mine], items: [], contacts: [] },
        valueItems: [{ ...valueItem, title: 'Faster refunds' }],
        valueUpdates: [
          update('u-before', '2026-11-19T00:00:00Z', 'approved'),
          update('u-after', '2026-11-21T00:00:00Z', 'approved'),
          update('u-number-only', '2026-11-22T00:00:00Z', null),
        ],
        risks: [
          { ...stamp, id: 'r-new', created_at: '2026-11-23T00:00:00Z' } as LocalRow<'risks'>,
          { ...stamp, id: 'r-old', created_at: '2026-11-01T00:00:00Z' } as LocalRow<'risks'>,
        ],
        decisions: [
          { ...stamp, id: 'd-new', created_at: '2026-11-24T00:00:00Z' } as LocalRow<'decisions'>,
        ],
      }),
    )
    expect(since.stageChanges.map((c) => c.update.id)).toEqual(['u-after'])
    expect(since.newRisks.map((r) => r.id)).toEqual(['r-new'])
    expect(since.newDecisions.map((d) => d.id)).toEqual(['d-new'])
  })

  it('gives the trust index then and now, with the reasons that are new', () => {
    // Overdue by 2026-12-02 but not yet due at the visit on 2026-11-20: a new reason, and a drop.
    const rows = { checkins: [mine], items: [item('late', { due_on: '2026-11-25' })], contacts: [] }
    const { trust } = sinceLastVisit(input({ rows }))
    expect(trust.now).toBeLessThan(trust.then)
    expect(trust.newReasons.some((reason) => /overdue/i.test(reason))).toBe(true)
  })
})

describe('the lines of since the last visit', () => {
  it('puts trust first, then what needs doing, and leaves out empty groups', () => {
    const rows = {
      checkins: [
        checkin('mine', 'me', '2026-11-20T10:00:00.000Z'),
        checkin('theirs', 'u2', '2026-11-25T10:00:00.000Z'),
      ],
      items: [item('late', { due_on: '2026-11-30' })],
      contacts: [],
    }
    const lines = sinceLines(sinceLastVisit(input({ rows })), new Map([['u2', 'Sam']]), 'me', now)
    expect(lines.map((line) => line.key)).toEqual(['trust', 'overdue', 'checkins'])
    expect(lines[1]).toMatchObject({ headline: '1 commitment overdue', warn: true })
    expect(lines[2]?.entries[0]).toMatch(/^Sam, .*: theirs$/)
  })
})
