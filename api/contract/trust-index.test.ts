import { describe, expect, it } from 'vitest'
import {
  scoreOf,
  trustIndex,
  type TrustActionItem,
  type TrustCheckin,
  type TrustContact,
} from './trust-index.ts'

const asOf = new Date('2026-06-30T12:00:00Z')
const day = 86_400_000
const ago = (days: number, from = asOf) => new Date(from.getTime() - days * day).toISOString()
const account = { id: 'acc', cadence_days: 30 }
const me = { viewerId: 'me' }

function checkin(daysAgo: number, extra: Partial<TrustCheckin> = {}): TrustCheckin {
  return {
    account_id: 'acc',
    author_id: 'me',
    occurred_at: ago(daysAgo),
    trust_pulse: null,
    attendee_contact_ids: [],
    strategic_invite: false,
    visibility: 'org',
    deleted_at: null,
    ...extra,
  }
}
function item(extra: Partial<TrustActionItem>): TrustActionItem {
  return {
    account_id: 'acc',
    owner_side: 'us',
    status: 'open',
    due_on: null,
    completed_at: null,
    deleted_at: null,
    ...extra,
  }
}
const contact = (id: string, extra: Partial<TrustContact> = {}): TrustContact => ({
  id,
  account_id: 'acc',
  deleted_at: null,
  ...extra,
})
const index = (
  checkins: TrustCheckin[],
  items: TrustActionItem[] = [],
  contacts: TrustContact[] = [],
  at = asOf,
  options = me,
) => trustIndex(account, checkins, items, contacts, at, options)

describe('trustIndex', () => {
  it('scores a relationship with nothing recorded from the neutral defaults: 28, at risk', () => {
    // pulse 0.5 × 30 + follow-through 0.5 × 25 = 27.5 → 28; cadence, breadth, seat are 0.
    const trust = index([])
    expect(trust.components).toEqual({
      pulse: 0.5,
      follow_through: 0.5,
      cadence: 0,
      breadth: 0,
      strategic_seat: 0,
    })
    expect(trust).toMatchObject({ score: 28, band: 'at_risk', trend: 0, daysSinceContact: null })
    expect(trust.reasons[0]).toBe('No check-in recorded yet')
  })

  it('weights pulses by half-life 45 days', () => {
    // (1 × 1 + 0.5 × 0) / 1.5 = 2/3
    const trust = index([checkin(0, { trust_pulse: 5 }), checkin(45, { trust_pulse: 1 })])
    expect(trust.components.pulse).toBeCloseTo(2 / 3, 12)
  })

  it('counts pulses in (asOf − 180 days, asOf] only, and ignores null pulses', () => {
    expect(index([checkin(180, { trust_pulse: 1 })]).components.pulse).toBe(0.5)
    expect(index([checkin(179.999, { trust_pulse: 1 })]).components.pulse).toBe(0)
    expect(index([checkin(-0.001, { trust_pulse: 1 })]).components.pulse).toBe(0.5)
    expect(index([checkin(3, { trust_pulse: null })]).components.pulse).toBe(0.5)
  })

  it('measures follow-through on our commitments due in the window, kept within two days', () => {
    const items = [
      item({ due_on: '2026-06-29', status: 'done', completed_at: '2026-06-30T23:59:59.999Z' }),
      item({ due_on: '2026-06-29', status: 'done', completed_at: '2026-07-01T00:00:00.000Z' }),
      item({ due_on: '2026-06-30' }), // due today: not yet counted, not overdue
      item({ due_on: '2026-01-01' }), // first day of the window (asOf − 180 days), open
      item({ due_on: '2025-12-31' }), // before the window: overdue all the same
      item({ due_on: '2026-06-01', status: 'dropped' }),
      item({ due_on: '2026-06-01', owner_side: 'them' }),
      item({ due_on: '2026-06-02', deleted_at: '2026-06-03T00:00:00Z' }),
    ]
    const trust = index([], items)
    expect(trust.components.follow_through).toBeCloseTo(1 / 3, 12)
    expect(trust.overdueCount).toBe(2)
    // 0.5 × 30 + (1/3) × 25 = 23.33 → 23, minus 2 × 5
    expect(trust.score).toBe(13)
  })

  it('scales cadence from 1 at the target to 0 at three times it, in whole days', () => {
    const cadence = (daysAgo: number) => index([checkin(daysAgo)]).components.cadence
    expect(cadence(30)).toBe(1)
    expect(cadence(30.9)).toBe(1)
    expect(cadence(31)).toBeCloseTo(1 - 1 / 60, 12)
    expect(cadence(60.5)).toBe(0.5)
    expect(cadence(89.9)).toBeCloseTo(1 / 60, 12)
    expect(cadence(90)).toBe(0)
    expect(index([checkin(-1)]).components.cadence).toBe(0)
    expect(index([checkin(-1), checkin(45)]).daysSinceContact).toBe(45)
  })

  it('measures breadth over the account’s live contacts met in the last 90 days', () => {
    const two = [contact('a'), contact('b'), contact('gone', { deleted_at: ago(1) })]
    const met = (ids: string[], daysAgo = 10) => checkin(daysAgo, { attendee_contact_ids: ids })
    expect(index([met(['a', 'elsewhere', 'gone'])], [], two).components.breadth).toBe(0.5)
    expect(index([met(['a']), met(['b'], 90)], [], two).components.breadth).toBe(0.5)
    expect(index([met(['a']), met(['b'], 89.9)], [], two).components.breadth).toBe(1)
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => contact(id))
    expect(index([met(['a', 'b'])], [], five).components.breadth).toBeCloseTo(2 / 3, 12)
    expect(index([met(['a', 'b', 'c', 'd'])], [], five).components.breadth).toBe(1)
    expect(index([met(['a'])], [], []).components.breadth).toBe(0)
  })

  it('gives the strategic seat for an invitation in the last 180 days', () => {
    expect(index([checkin(179, { strategic_invite: true })]).components.strategic_seat).toBe(1)
    expect(index([checkin(181, { strategic_invite: true })]).components.strategic_seat).toBe(0)
  })

  it('counts a private check-in only for its author, and deleted ones for nobody', () => {
    const secret = checkin(1, { trust_pulse: 5, visibility: 'private', author_id: 'me' })
    expect(index([secret]).components.pulse).toBe(1)
    expect(index([secret], [], [], asOf, { viewerId: 'colleague' }).components.pulse).toBe(0.5)
    const deleted = checkin(1, { trust_pulse: 5, deleted_at: ago(0) })
    expect(index([deleted]).components.pulse).toBe(0.5)
  })

  it('caps the overdue penalty at 20 and clamps the score to 0..100', () => {
    const full = { pulse: 1, follow_through: 1, cadence: 1, breadth: 1, strategic_seat: 1 }
    expect(scoreOf(full, 0)).toBe(100)
    expect(scoreOf(full, 3)).toBe(85)
    expect(scoreOf(full, 5)).toBe(80)
    const none = { pulse: 0, follow_through: 0, cadence: 0, breadth: 0, strategic_seat: 0 }
    expect(scoreOf(none, 1)).toBe(0)
  })

  it('compares calendar days in UTC at the edges of a day', () => {
    const due = [item({ due_on: '2026-06-29' })]
    expect(index([], due, [], new Date('2026-06-29T23:59:59.999Z')).overdueCount).toBe(0)
    expect(index([], due, [], new Date('2026-06-30T00:00:00.000Z')).overdueCount).toBe(1)
  })

  it('bands at 75 and 50, and trends against the score 30 days earlier', () => {
    // pulse 1 × 30 + 0.5 × 25 + cadence 20 + breadth 10 + seat 15 = 87.5 → 88; 30 days ago the
    // check-in had not happened: 27.5 → 28.
    const visit = checkin(10, {
      trust_pulse: 5,
      strategic_invite: true,
      attendee_contact_ids: ['a'],
    })
    const trust = index([visit], [], [contact('a')])
    expect(trust).toMatchObject({ score: 88, band: 'strong', trend: 60, daysSinceContact: 10 })
    // The same visit without the invitation: 73 → steady.
    expect(index([{ ...visit, strategic_invite: false }], [], [contact('a')])).toMatchObject({
      score: 73,
      band: 'steady',
    })
  })

  it('names the weakest drivers in plain words, weakest first', () => {
    // Costs in points: follow-through 25 × 1 = 25; overdue 3 × 5 = 15; pulse 30 × (1 − 0.525)
    // = 14.3 (weights 0.5, 0.214, 0.157 on 0.25, 1, 0.75); cadence 20 × (1 − 0.75) = 5.
    const trust = index(
      [
        checkin(45, { trust_pulse: 2, attendee_contact_ids: ['a'], strategic_invite: true }),
        checkin(100, { trust_pulse: 5 }),
        checkin(120, { trust_pulse: 4 }),
      ],
      [
        item({ due_on: '2026-06-01' }),
        item({ due_on: '2026-06-02' }),
        item({ due_on: '2026-06-03' }),
      ],
      [contact('a')],
    )
    expect(trust.components.pulse).toBeCloseTo(0.5247, 3)
    expect(trust.reasons).toEqual([
      '0 of 3 commitments kept on time',
      '3 overdue commitments',
      'Trust pulse fell from 4.5 to 2.0',
      'No contact for 45 days (target 30)',
    ])
  })

  it('says when a stakeholder base is thin or pulses are missing', () => {
    const reasons = index([checkin(5)], [], [contact('a'), contact('b')]).reasons
    expect(reasons).toContain('No trust reading in 6 months')
    expect(reasons).toContain('Not invited to strategic planning in 6 months')
    expect(reasons).toContain('No stakeholders engaged in 90 days')
    const one = index(
      [checkin(5, { attendee_contact_ids: ['a'] })],
      [],
      [contact('a'), contact('b')],
    )
    expect(one.reasons).toContain('Only one stakeholder engaged')
  })
})
